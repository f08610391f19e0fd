package io.switchboard.proxy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.cost.Price;
import io.switchboard.cost.Pricing;
import io.switchboard.json.Json;
import java.util.TreeSet;

/**
 * {@code GET /compat/models}: the models the gateway knows (every priced model of a provider that
 * {@code /compat} serves), in OpenAI's list format, ids as {@code "{provider}/{model}"}.
 */
final class CompatModels {
  private CompatModels() {
  }

  static ObjectNode list(Pricing pricing) {
    ObjectNode out = Json.object().put("object", "list");
    ArrayNode data = out.putArray("data");
    TreeSet<String> ids = new TreeSet<>();
    for (Price p : pricing.prices()) {
      if (CompatRoute.slugs().contains(p.provider())) {
        ids.add(p.provider() + "/" + p.model());
      }
    }
    for (String id : ids) {
      data.addObject().put("id", id).put("object", "model").put("created", 0)
          .put("owned_by", id.substring(0, id.indexOf('/')));
    }
    return out;
  }
}
