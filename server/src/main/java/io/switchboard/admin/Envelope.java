package io.switchboard.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.json.Json;
import io.switchboard.paging.Page;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;

/** Writes successful management responses in Cloudflare's v4 envelope. Errors: {@code ErrorResponses}. */
final class Envelope {
  private Envelope() {
  }

  static void ok(RoutingContext ctx, JsonNode result) {
    ObjectNode body = base();
    body.set("result", result);
    send(ctx, 200, body);
  }

  static <T> void page(RoutingContext ctx, Page<T> page, Function<T, JsonNode> toJson) {
    ObjectNode body = base();
    ArrayNode result = body.putArray("result");
    page.items().forEach(item -> result.add(toJson.apply(item)));
    body.putObject("result_info")
        .put("page", page.request().page())
        .put("per_page", page.request().perPage())
        .put("count", page.items().size())
        .put("total_count", page.total())
        .put("total_pages", page.totalPages());
    send(ctx, 200, body);
  }

  private static ObjectNode base() {
    ObjectNode body = Json.object();
    body.put("success", true);
    body.putArray("errors");
    body.putArray("messages");
    return body;
  }

  private static void send(RoutingContext ctx, int status, ObjectNode body) {
    ctx.response().setStatusCode(status).putHeader("content-type", "application/json").end(Json.buffer(body));
  }
}
