#include "QuestionnaireDocuments.h"

#include "models/DomainLabels.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace {

QString textIn(const LocalizedText& texts, const QString& language, const QString& source)
{
    const QString value = texts.value(language);
    return (value.isEmpty() ? texts.value(source) : value).toHtmlEscaped();
}

// A condition in words: "shown when GRT03 is “no”".
QString describe(const QJsonObject& json)
{
    for (const char* group : {"all", "any"}) {
        if (!json.contains(QLatin1String(group)))
            continue;
        QStringList parts;
        for (const QJsonValue& child : json.value(QLatin1String(group)).toArray())
            parts << describe(child.toObject());
        return QLatin1Char('(') + parts.join(qstrcmp(group, "all") == 0 ? QuestionnaireDocuments::tr(" and ")
                                                                        : QuestionnaireDocuments::tr(" or "))
               + QLatin1Char(')');
    }
    const QString question = json.value(QStringLiteral("q")).toString(QuestionnaireDocuments::tr("the answer"));
    const QString op = json.value(QStringLiteral("op")).toString();
    QString value = json.value(QStringLiteral("value")).isDouble()
                        ? QString::number(json.value(QStringLiteral("value")).toDouble())
                        : QStringLiteral("“%1”").arg(json.value(QStringLiteral("value")).toString());
    if (op == QLatin1String("any_of")) {
        QStringList values;
        for (const QJsonValue& item : json.value(QStringLiteral("values")).toArray())
            values << QStringLiteral("“%1”").arg(item.toString());
        return QuestionnaireDocuments::tr("%1 is one of %2").arg(question, values.join(QStringLiteral(", ")));
    }
    static const QHash<QString, const char*> words = {
        {QStringLiteral("eq"), QT_TRANSLATE_NOOP("QuestionnaireDocuments", "%1 is %2")},
        {QStringLiteral("ne"), QT_TRANSLATE_NOOP("QuestionnaireDocuments", "%1 is not %2")},
        {QStringLiteral("lt"), QT_TRANSLATE_NOOP("QuestionnaireDocuments", "%1 is below %2")},
        {QStringLiteral("le"), QT_TRANSLATE_NOOP("QuestionnaireDocuments", "%1 is at most %2")},
        {QStringLiteral("gt"), QT_TRANSLATE_NOOP("QuestionnaireDocuments", "%1 is above %2")},
        {QStringLiteral("ge"), QT_TRANSLATE_NOOP("QuestionnaireDocuments", "%1 is at least %2")},
    };
    return QuestionnaireDocuments::tr(words.value(op, "%1 %2")).arg(question, value);
}

QString page(const QString& title, const QString& body)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font-family:sans-serif;font-size:10pt} h1{font-size:16pt} h2{font-size:12pt;"
                          "border-bottom:1px solid #999;margin-top:14pt} td,th{padding:2pt 6pt;vertical-align:top} "
                          "th{text-align:left;background:#e8e8e8} .code{color:#555;font-family:monospace} "
                          ".help{color:#555;font-size:9pt} .note{color:#8a4b00;font-size:9pt}</style></head>"
                          "<body>%2</body></html>")
        .arg(title.toHtmlEscaped(), body);
}

} // namespace

QString QuestionnaireDocuments::briefingHtml(const Questionnaire& questionnaire, const QString& language)
{
    const QString& source = questionnaire.sourceLanguage;
    QString body = QStringLiteral("<h1>%1</h1><p>%2</p>")
                       .arg(questionnaire.name.toHtmlEscaped(),
                            tr("Questionnaire %1 · answer every question marked * · language: %2")
                                .arg(questionnaire.code.toHtmlEscaped(), language));
    std::function<void(const Section&, int)> addSection = [&](const Section& section, int depth) {
        body += QStringLiteral("<h%1>%2</h%1>").arg(depth == 0 ? 2 : 3).arg(textIn(section.title, language, source));
        body += QStringLiteral("<table width=\"100%\">");
        for (const Question& question : section.questions) {
            QString answer;
            switch (question.type) {
            case QuestionType::YesNo:
                answer = question.allowNa ? tr("☐ Yes ☐ No ☐ Not applicable") : tr("☐ Yes ☐ No");
                break;
            case QuestionType::Single:
            case QuestionType::Multiple: {
                QStringList options;
                for (const QuestionOption& option : question.options)
                    options << QStringLiteral("☐ ") + textIn(option.label, language, source);
                answer = options.join(QStringLiteral("<br>"));
                if (question.type == QuestionType::Multiple)
                    answer = tr("(tick all that apply)") + QStringLiteral("<br>") + answer;
                break;
            }
            case QuestionType::Rating:
            case QuestionType::Nps:
                answer = tr("%1 (%2) … %3 (%4)")
                             .arg(question.scaleMinimum())
                             .arg(textIn(question.lowLabel, language, source))
                             .arg(question.scaleMaximum())
                             .arg(textIn(question.highLabel, language, source));
                break;
            case QuestionType::Number:
                answer = QStringLiteral("______ %1").arg(question.unit.toHtmlEscaped());
                break;
            default:
                answer = QStringLiteral("________________________");
            }
            QString notes;
            if (question.showIf)
                notes += QStringLiteral("<div class=\"note\">%1</div>").arg(tr("Only when %1.").arg(describe(question.showIf->toJson())));
            if (question.commentIf)
                notes += QStringLiteral("<div class=\"note\">%1</div>")
                             .arg(tr("A comment is required when %1.").arg(describe(question.commentIf->toJson())));
            const QString help = textIn(question.help, language, source);
            body += QStringLiteral("<tr><td class=\"code\">%1</td><td>%2%3%4%5</td><td width=\"35%\">%6</td></tr>")
                        .arg(question.code.toHtmlEscaped(), textIn(question.text, language, source),
                             question.mandatory ? QStringLiteral(" *") : QString(),
                             help.isEmpty() ? QString() : QStringLiteral("<div class=\"help\">%1</div>").arg(help), notes,
                             answer);
        }
        body += QStringLiteral("</table>");
        for (const Section& child : section.sections)
            addSection(child, depth + 1);
    };
    for (const Section& section : questionnaire.sections)
        addSection(section, 0);
    return page(questionnaire.name, body);
}

QString QuestionnaireDocuments::scoringSheetHtml(const Questionnaire& questionnaire, const QString& language)
{
    const QString& source = questionnaire.sourceLanguage;
    QString body = QStringLiteral("<h1>%1</h1><p>%2</p>")
                       .arg(tr("Scoring sheet: %1").arg(questionnaire.name.toHtmlEscaped()),
                            questionnaire.sectionScoring == SectionScoring::Weighted
                                ? tr("Sections carry the weights below (they sum to 100); the visit score is the weighted "
                                     "mean of the section scores. A section with nothing applicable drops out and its "
                                     "weight is spread over the others.")
                                : tr("All sections' points are pooled: the visit score is points earned / points possible."));
    body += QStringLiteral("<p>%1</p>").arg(tr("Not applicable answers count neither as earned nor as possible points. "
                                               "Bonus points add to earned only; every score is capped at 100 %. A "
                                               "failed critical item zeroes its section or the whole visit."));
    std::function<void(const Section&)> addSection = [&](const Section& section) {
        body += QStringLiteral("<h2>%1 %2%3</h2>")
                    .arg(section.code.toHtmlEscaped(), textIn(section.title, language, source),
                         section.weight ? tr(" — weight %1").arg(*section.weight) : QString());
        body += QStringLiteral("<table width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                    .arg(tr("Code"), tr("Question"), tr("Type"), tr("Weight"), tr("Points"));
        for (const Question& question : section.questions) {
            QStringList points;
            Question withOptions = question;
            withOptions.ensureYesNoOptions();
            if (!question.scored) {
                points << tr("not scored");
            } else if (QuestionTypes::hasOptions(question.type)) {
                for (const QuestionOption& option : withOptions.options)
                    points << (option.isNa ? tr("%1: N/A").arg(textIn(option.label, language, source))
                                           : QStringLiteral("%1: %2").arg(textIn(option.label, language, source))
                                                 .arg(option.points.value_or(0)));
            } else {
                points << tr("%1 → 0, %2 → full").arg(question.scaleMinimum()).arg(question.scaleMaximum());
            }
            if (question.critical == Critical::Section)
                points << QStringLiteral("<b>%1</b>").arg(tr("critical: zeroes the section"));
            if (question.critical == Critical::Visit)
                points << QStringLiteral("<b>%1</b>").arg(tr("critical: zeroes the visit"));
            if (question.bonus)
                points << QStringLiteral("<b>%1</b>").arg(tr("bonus"));
            body += QStringLiteral("<tr><td class=\"code\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(question.code.toHtmlEscaped(), textIn(question.text, language, source),
                             DomainLabels::label(DomainLabels::QuestionType, QuestionTypes::code(question.type)),
                             question.scored ? QString::number(question.weight) : QStringLiteral("–"),
                             points.join(QStringLiteral("<br>")));
        }
        body += QStringLiteral("</table>");
        for (const Section& child : section.sections)
            addSection(child);
    };
    for (const Section& section : questionnaire.sections)
        addSection(section);
    return page(tr("Scoring sheet: %1").arg(questionnaire.name), body);
}
