#include "ExplanationHtml.h"

#include "assignment/AssignmentExplainer.h"
#include "assignment/VisitExplanation.h"

#include <QLocale>

QString ExplanationHtml::of(const VisitExplanation& why)
{
    QString html = why.text.toHtmlEscaped();
    for (const QString& broken : why.brokenRules)
        html += QStringLiteral("<br><b style=\"color:#b3261e\">✖</b> ") + broken.toHtmlEscaped();
    for (const QString& warning : why.warnings)
        html += QStringLiteral("<br>⚠ ") + warning.toHtmlEscaped();
    if (why.shopper >= 0 || why.funnel.empty())
        return html;
    const QLocale locale;
    html += QStringLiteral("<br><br>") + tr("The panel of %Ln shopper(s), rule by rule:", nullptr, why.panel);
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto& stage : why.funnel) {
        const bool binding = stage.rule == why.binding;
        const QString label = AssignmentExplainer::reasonLabel(stage.rule).toHtmlEscaped();
        const QString excluded = stage.excluded > 0 ? QStringLiteral("−") + locale.toString(stage.excluded) : QStringLiteral("0");
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;%2&nbsp;</td><td align=\"right\">%3</td></tr>")
                    .arg(binding ? QStringLiteral("<b>%1</b>").arg(label) : label, excluded,
                         tr("%1 left").arg(locale.toString(stage.remaining)));
    }
    html += QStringLiteral("</table>");
    return html;
}
