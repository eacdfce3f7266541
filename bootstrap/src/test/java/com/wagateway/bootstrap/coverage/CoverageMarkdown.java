package com.wagateway.bootstrap.coverage;

import java.util.List;

/**
 * The README's coverage section: a table of counts per family, then one collapsed table per family
 * listing each Whapi operation, the gateway operation that reaches it and whether API WhatsApp Web
 * supports that gateway operation.
 */
public final class CoverageMarkdown {
  private CoverageMarkdown() {}

  public static String render(Coverage coverage) {
    StringBuilder md = new StringBuilder();
    md.append("| family | Whapi operations | of which seed only | unified | `/whapi/...` route")
        .append(" | refused | not reachable |\n| --- | --: | --: | --: | --: | --: | --: |\n");
    int[] total = new int[6];
    coverage.byFamily().forEach((family, reaches) -> row(md, family, counts(reaches), total));
    row(md, "**all**", total, new int[6]);
    coverage.byFamily().forEach((family, reaches) -> details(md, family, reaches));
    return md.toString();
  }

  private static int[] counts(List<Reach> reaches) {
    return new int[] {
      reaches.size(),
      (int) reaches.stream().filter(r -> r.operation().seedOnly()).count(),
      count(reaches, Reach.Kind.UNIFIED),
      count(reaches, Reach.Kind.ROUTE),
      count(reaches, Reach.Kind.REFUSED),
      count(reaches, Reach.Kind.NONE)
    };
  }

  private static int count(List<Reach> reaches, Reach.Kind kind) {
    return (int) reaches.stream().filter(r -> r.kind() == kind).count();
  }

  private static void row(StringBuilder md, String family, int[] counts, int[] total) {
    md.append("| ").append(family);
    for (int i = 0; i < counts.length; i++) {
      md.append(" | ").append(counts[i]);
      total[i] += counts[i];
    }
    md.append(" |\n");
  }

  private static void details(StringBuilder md, String family, List<Reach> reaches) {
    md.append("\n<details><summary>")
        .append(family)
        .append(" (")
        .append(reaches.size())
        .append(")</summary>\n\n| Whapi operation | gateway operation | API WhatsApp Web |\n")
        .append("| --- | --- | --- |\n");
    for (Reach reach : reaches) {
      md.append("| `")
          .append(reach.operation().key())
          .append(reach.operation().seedOnly() ? "` (seed only)" : "`")
          .append(" | ")
          .append(gateway(reach))
          .append(" | ")
          .append(reach.awww().isEmpty() ? "-" : String.join(", ", reach.awww()))
          .append(" |\n");
    }
    md.append("\n</details>\n");
  }

  private static String gateway(Reach reach) {
    if (reach.kind() == Reach.Kind.REFUSED) {
      return "refused (403; see WhapiDocuments.REFUSED)";
    }
    return reach.gateway().isEmpty() ? "not reachable" : code(reach.gateway());
  }

  private static String code(List<String> operations) {
    return String.join("<br>", operations.stream().map(op -> "`" + op + "`").toList());
  }
}
