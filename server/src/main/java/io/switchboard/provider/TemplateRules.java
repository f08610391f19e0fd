package io.switchboard.provider;

import static io.switchboard.provider.Segments.bad;
import static io.switchboard.provider.Segments.label;

import io.switchboard.provider.PathRule.Destination;
import java.util.regex.Pattern;

/**
 * Rules for providers whose upstream host comes from the path. Each builds an origin from path
 * segments (validated as DNS labels, so a path can never pick an arbitrary host) and a path; an
 * operator override replaces the origin and keeps the path.
 */
final class TemplateRules {
  private static final Pattern DEPLOYMENT = Pattern.compile("[A-Za-z0-9._-]{1,128}");
  private static final Pattern VERTEX_VERSION = Pattern.compile("v\\d+[a-z0-9]*");

  private TemplateRules() {
  }

  /**
   * {@code /{resource}/{deployment}/{rest}} →
   * {@code https://{resource}.openai.azure.com/openai/deployments/{deployment}/{rest}}.
   */
  static final PathRule AZURE_OPENAI = in -> {
    String expected = "/azure-openai/{resource_name}/{deployment_name}/...";
    Segments.Split s = Segments.split(in.rest(), 2);
    String resource = label(in.slug(), "resource name", s.get(0), expected);
    String deployment = s.get(1);
    if (deployment == null) {
      throw bad(in.slug() + ": missing deployment name; expected " + expected);
    }
    if (!DEPLOYMENT.matcher(deployment).matches()) {
      throw bad(in.slug() + ": deployment name '" + deployment + "' may only hold letters, digits, '.', '_' and '-'");
    }
    return new Destination(in.origin("https://" + resource + ".openai.azure.com"),
        "/openai/deployments/" + deployment + s.tail());
  };

  /**
   * {@code /bedrock-runtime/{region}/{rest}} → {@code https://bedrock-runtime.{region}.amazonaws.com/{rest}};
   * {@code /bedrock-mantle/{region}/{rest}} → {@code https://bedrock-mantle.{region}.api.aws/{rest}}
   * (the mantle host is not confirmed by public sources).
   */
  static final PathRule AWS_BEDROCK = in -> {
    String expected = "/aws-bedrock/bedrock-runtime/{region}/... or /aws-bedrock/bedrock-mantle/{region}/...";
    Segments.Split s = Segments.split(in.rest(), 2);
    String service = s.get(0);
    if (!"bedrock-runtime".equals(service) && !"bedrock-mantle".equals(service)) {
      throw bad(in.slug() + ": " + (service == null ? "missing service" : "unknown service '" + service + "'")
          + "; expected " + expected);
    }
    String region = label(in.slug(), "region", s.get(1), expected);
    String host = service.equals("bedrock-runtime") ? "bedrock-runtime." + region + ".amazonaws.com"
        : "bedrock-mantle." + region + ".api.aws";
    return new Destination(in.origin("https://" + host), s.tail());
  };

  /**
   * {@code /v1/projects/{project}/locations/{region}/...} → {@code https://{region}-aiplatform.googleapis.com}
   * plus the same path; region {@code global} → {@code https://aiplatform.googleapis.com}.
   */
  static final PathRule GOOGLE_VERTEX_AI = in -> {
    String expected = "/google-vertex-ai/v1/projects/{project}/locations/{region}/...";
    Segments.Split s = Segments.split(in.rest(), 5);
    if (s.get(0) == null || !VERTEX_VERSION.matcher(s.get(0)).matches() || !"projects".equals(s.get(1))
        || s.get(2) == null || !"locations".equals(s.get(3))) {
      throw bad(in.slug() + ": expected " + expected);
    }
    String region = label(in.slug(), "region", s.get(4), expected);
    String host = region.equals("global") ? "aiplatform.googleapis.com" : region + "-aiplatform.googleapis.com";
    return new Destination(in.origin("https://" + host), in.rest());
  };

  /**
   * {@code /v1/...} (OpenAI-compatible) → {@code https://api.cloudflare.com/client/v4/accounts/{account}/ai/v1/...};
   * {@code /{model}} → {@code .../ai/run/{model}}, where account is this gateway's account id.
   */
  static final PathRule WORKERS_AI = in -> {
    String prefix = "/client/v4/accounts/" + in.accountId() + "/ai";
    String origin = in.origin("https://api.cloudflare.com");
    if (in.rest().equals("/v1") || in.rest().startsWith("/v1/")) {
      return new Destination(origin, prefix + in.rest());
    }
    String model = stripSlash(in.rest());
    if (model.isEmpty()) {
      throw bad(in.slug() + ": missing model; expected /workers-ai/{model_id} (for example "
          + "@cf/meta/llama-3.1-8b-instruct) or /workers-ai/v1/...");
    }
    return new Destination(origin, prefix + "/run/" + model);
  };

  /** {@code /{model}} → {@code https://api-inference.huggingface.co/models/{model}}. */
  static final PathRule HUGGINGFACE = in -> {
    String model = stripSlash(in.rest());
    if (model.isEmpty()) {
      throw bad(in.slug() + ": missing model; expected /huggingface/{model}");
    }
    return new Destination(in.origin("https://api-inference.huggingface.co"), "/models/" + model);
  };

  /**
   * {@code /model/{id}} → {@code https://model-{id}.api.baseten.co/production/predict}
   * ({@code /model/{id}/{path}} → that host plus {path}); anything else → {@code https://inference.baseten.co/v1}
   * with version dedupe.
   */
  static final PathRule BASETEN = in -> {
    if (in.rest().equals("/model") || in.rest().startsWith("/model/")) {
      Segments.Split s = Segments.split(in.rest(), 2);
      String id = label(in.slug(), "model id", s.get(1), "/baseten/model/{model_id}");
      String path = s.tail().isEmpty() || s.tail().equals("/") ? "/production/predict" : s.tail();
      return new Destination(in.origin("https://model-" + id + ".api.baseten.co"), path);
    }
    String path = PathRules.startsWithVersion(in.rest()) ? in.rest() : "/v1" + in.rest();
    return new Destination(in.origin("https://inference.baseten.co"), path);
  };

  private static String stripSlash(String rest) {
    return rest.startsWith("/") ? rest.substring(1) : rest;
  }
}
