package vn.lmhtx.site.render;

import java.util.Optional;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.PartialDate;

/**
 * Where and when an achievement's figures come from, as pages print it under them: "Nguồn: <article>, 21/02/2018",
 * preceded by the period the figures hold for when the editor gave one that is not the article's own day.
 *
 * @param article the news article the figures come from
 * @param asOf when the figures hold, as the article states it
 */
public record FigureSource(ContentItem article, Optional<PartialDate> asOf) {

    /** The article's day as readers cite it, "21/02/2018". */
    public String day() {
        return article.date().orElseThrow().dayDisplay();
    }

    /** "Số liệu đến ngày 31/12/2017", "Số liệu năm 2017"; empty when the figures hold on the article's own day. */
    public String period() {
        return asOf.filter(date -> !(date.precision() == PartialDate.Precision.DAY && date.display().equals(day())))
            .map(date -> "Số liệu " + (date.precision() == PartialDate.Precision.DAY ? "đến ngày " : "") + date.display())
            .orElse("");
    }
}
