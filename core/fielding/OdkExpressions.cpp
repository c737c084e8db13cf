#include "OdkExpressions.h"

#include "OdkNames.h"

#include <QJsonArray>

// XPath 1.0 has no exponent notation: 0.00001, never 1e-05.
QString OdkExpressions::decimal(double value)
{
    QString text = QString::number(value, 'f', 12);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

namespace {

QString number(double value)
{
    return OdkExpressions::decimal(value);
}

QString joined(const QStringList& terms, const QString& glue)
{
    if (terms.size() == 1)
        return terms.first();
    QStringList wrapped;
    for (const QString& term : terms)
        wrapped << QLatin1Char('(') + term + QLatin1Char(')');
    return wrapped.join(glue);
}

// Sums as XPath; "0" for none.
QString sum(const QStringList& terms)
{
    return terms.isEmpty() ? QStringLiteral("0") : terms.join(QStringLiteral(" + "));
}

bool isScaleType(QuestionType type)
{
    return type == QuestionType::Rating || type == QuestionType::Nps;
}

} // namespace

OdkExpressions::OdkExpressions(const Questionnaire& questionnaire)
    : m_questionnaire(questionnaire)
{
    for (const Question* question : questionnaire.questionsInOrder())
        m_questions.insert(question->code, question);
}

QString OdkExpressions::reference(const QString& code)
{
    return QStringLiteral("${%1}").arg(OdkNames::nodeName(code));
}

QString OdkExpressions::literal(const QString& text)
{
    if (!text.contains(QLatin1Char('\'')))
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    if (!text.contains(QLatin1Char('"')))
        return QLatin1Char('"') + text + QLatin1Char('"');
    // XPath 1.0 has no escape: glue the pieces with concat().
    QStringList parts;
    for (const QString& piece : text.split(QLatin1Char('\'')))
        parts << QLatin1Char('\'') + piece + QLatin1Char('\'');
    return QStringLiteral("concat(%1)").arg(parts.join(QStringLiteral(", \"'\", ")));
}

QString OdkExpressions::visibility(const Question& question) const
{
    if (!question.showIf)
        return {};
    const auto found = m_visibility.constFind(question.code);
    if (found != m_visibility.cend())
        return *found;
    const QString expression = condition(*question.showIf, question.code);
    m_visibility.insert(question.code, expression);
    return expression;
}

QString OdkExpressions::condition(const Condition& condition, const QString& selfCode) const
{
    return conditionJson(condition.toJson(), selfCode);
}

QString OdkExpressions::conditionJson(const QJsonObject& json, const QString& selfCode) const
{
    for (const char* group : {"all", "any"}) {
        if (!json.contains(QLatin1String(group)))
            continue;
        QStringList terms;
        for (const QJsonValue& child : json.value(QLatin1String(group)).toArray())
            terms << conditionJson(child.toObject(), selfCode);
        return joined(terms, qstrcmp(group, "all") == 0 ? QStringLiteral(" and ") : QStringLiteral(" or "));
    }
    const QString code = json.value(QStringLiteral("q")).toString(selfCode);
    const Question* target = m_questions.value(code.isEmpty() ? selfCode : code);
    if (!target)
        return QStringLiteral("false()");
    const QString op = json.value(QStringLiteral("op")).toString();
    QString test;
    if (op == QLatin1String("any_of")) {
        QStringList terms;
        for (const QJsonValue& value : json.value(QStringLiteral("values")).toArray())
            terms << comparison(*target, QStringLiteral("eq"), value);
        test = joined(terms, QStringLiteral(" or "));
    } else {
        test = comparison(*target, op, json.value(QStringLiteral("value")));
    }
    // A hidden question counts as unanswered, whatever value the device still holds for it.
    const QString shown = target->code == selfCode ? QString() : visibility(*target);
    return shown.isEmpty() ? test : QStringLiteral("(%1) and (%2)").arg(shown, test);
}

QString OdkExpressions::comparison(const Question& target, const QString& op, const QJsonValue& value) const
{
    const QString ref = reference(target.code);
    // Multiple choice, text, date and time answers give conditions no value in ShopScope
    // (ScoringPlan::conditionValue): such a comparison never holds there, so not here either.
    if (!givesConditionsAValue(target.type))
        return QStringLiteral("false()");
    const QString operand = value.isDouble() ? number(value.toDouble()) : literal(value.toString());
    // Nor does N/A satisfy any comparison, "equals N/A" included.
    if (op == QLatin1String("eq") && value.isString() && naCodes(target).contains(value.toString()))
        return QStringLiteral("false()");
    if (op == QLatin1String("eq"))
        return QStringLiteral("%1 = %2").arg(ref, operand);
    if (op == QLatin1String("ne")) {
        // Unanswered and N/A satisfy no comparison, "not equal" included.
        return QStringLiteral("%1 and %2 != %3").arg(answered(target), ref, operand);
    }
    static const QHash<QString, QString> ordering = {
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("le"), QStringLiteral("<=")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("ge"), QStringLiteral(">=")},
    };
    // number() of an empty or N/A answer is NaN, which no ordering satisfies.
    return QStringLiteral("number(%1) %2 %3").arg(ref, ordering.value(op, QStringLiteral("=")), operand);
}

bool OdkExpressions::givesConditionsAValue(QuestionType type)
{
    return type == QuestionType::YesNo || type == QuestionType::Single || type == QuestionType::Rating
           || type == QuestionType::Nps || type == QuestionType::Number;
}

QStringList OdkExpressions::naCodes(const Question& question)
{
    Question withOptions = question;
    withOptions.ensureYesNoOptions();
    QStringList codes;
    for (const QuestionOption& option : withOptions.options)
        if (option.isNa)
            codes << option.code;
    if (addsNaChoice(question))
        codes << QStringLiteral("na");
    return codes;
}

bool OdkExpressions::addsNaChoice(const Question& question)
{
    // N/A without an N/A option: a scale or a multiple choice takes "na" as its whole answer.
    if (!question.allowNa)
        return false;
    if (question.type == QuestionType::Rating || question.type == QuestionType::Nps)
        return true;
    if (question.type != QuestionType::Multiple)
        return false;
    return std::none_of(question.options.cbegin(), question.options.cend(), [](const QuestionOption& option) { return option.isNa; });
}

QString OdkExpressions::answered(const Question& question) const
{
    const QString ref = reference(question.code);
    QStringList terms{QStringLiteral("%1 != ''").arg(ref)};
    for (const QString& code : naCodes(question)) {
        terms << (question.type == QuestionType::Multiple ? QStringLiteral("not(selected(%1, %2))").arg(ref, literal(code))
                                                          : QStringLiteral("%1 != %2").arg(ref, literal(code)));
    }
    return terms.join(QStringLiteral(" and "));
}

QString OdkExpressions::earned(const ScoringPlan::PlanQuestion& question)
{
    const QString ref = reference(question.code);
    const QString weight = number(question.weight);
    if (isScaleType(question.type)) {
        const double span = question.scaleMaximum - question.scaleMinimum;
        return QStringLiteral("(number(%1) - %2) div %3 * %4").arg(ref, number(question.scaleMinimum), number(span), weight);
    }
    QStringList terms;
    for (qsizetype i = 0; i < question.optionCodes.size(); ++i) {
        const double points = question.optionPoints[size_t(i)]; // 0 for N/A options
        if (points == 0)
            continue;
        const QString code = literal(question.optionCodes.at(i));
        terms << (question.type == QuestionType::Multiple ? QStringLiteral("if(selected(%1, %2), %3, 0)").arg(ref, code, number(points))
                                                          : QStringLiteral("if(%1 = %2, %3, 0)").arg(ref, code, number(points)));
    }
    const QString points = QLatin1Char('(') + sum(terms) + QLatin1Char(')');
    if (question.type == QuestionType::Multiple) // negative points never take a question below zero
        return QStringLiteral("if(%1 > 0, %1, 0) * %2").arg(points, weight);
    return points + QStringLiteral(" * ") + weight;
}

double OdkExpressions::possible(const ScoringPlan::PlanQuestion& question)
{
    if (isScaleType(question.type))
        return question.weight;
    return (question.type == QuestionType::Multiple ? question.positivePoints : question.bestPoints) * question.weight;
}

std::vector<OdkRow> OdkExpressions::scoreRows() const
{
    auto calculate = [](const QString& name, const QString& expression) {
        OdkRow row;
        row.type = QStringLiteral("calculate");
        row.name = name;
        row.calculation = expression;
        return row;
    };
    // The scoring engine's own compilation of the questionnaire: points, best answers, scales.
    const ScoringPlan plan(m_questionnaire);
    struct SectionTerms
    {
        QStringList earned;
        QStringList possible;
        QStringList knockouts;
    };
    std::vector<SectionTerms> terms(plan.sections().size()); // by top-level section
    QStringList visitKnockouts;
    for (const ScoringPlan::PlanQuestion& question : plan.questions()) {
        if (!question.scored)
            continue;
        const Question& asked = *m_questions.value(question.code);
        QString counts = answered(asked);
        const QString shown = visibility(asked);
        if (!shown.isEmpty())
            counts = QStringLiteral("(%1) and (%2)").arg(shown, counts);
        const QString points = earned(question);
        const double best = possible(question);
        SectionTerms& top = terms[size_t(question.topSection)];
        top.earned << QStringLiteral("if(%1, %2, 0)").arg(counts, points);
        if (!question.bonus)
            top.possible << QStringLiteral("if(%1, %2, 0)").arg(counts, number(best));
        const QString failed = QStringLiteral("(%1) and %2 < %3").arg(counts, points, number(best - 1e-9));
        if (question.critical == Critical::Section)
            top.knockouts << failed;
        else if (question.critical == Critical::Visit)
            visitKnockouts << failed;
    }

    std::vector<OdkRow> rows;
    QStringList pooledEarned;
    QStringList pooledPossible;
    QStringList weightedSum;
    QStringList weightTotal;
    for (size_t s = 0; s < plan.sections().size(); ++s) {
        const ScoringPlan::PlanSection& top = plan.sections()[s];
        if (top.parent >= 0)
            continue; // sub-sections are pooled into their top-level section
        const QStringList& knockouts = terms[s].knockouts;
        const QString base = QStringLiteral("ss_") + top.code;
        const QString earnedName = base + QStringLiteral("_earned");
        const QString possibleName = base + QStringLiteral("_possible");
        const QString knockoutName = base + QStringLiteral("_knockout");
        const QString scoreName = base + QStringLiteral("_score");
        rows.push_back(calculate(earnedName, sum(terms[s].earned)));
        rows.push_back(calculate(possibleName, sum(terms[s].possible)));
        rows.push_back(calculate(knockoutName, knockouts.isEmpty() ? QStringLiteral("0")
                                                                   : QStringLiteral("if(%1, 1, 0)")
                                                                         .arg(joined(knockouts, QStringLiteral(" or ")))));
        const QString earnedRef = QStringLiteral("${%1}").arg(earnedName);
        const QString possibleRef = QStringLiteral("${%1}").arg(possibleName);
        const QString knockoutRef = QStringLiteral("${%1}").arg(knockoutName);
        const QString percent = QStringLiteral("%1 div %2 * 100").arg(earnedRef, possibleRef);
        // Clamped to 0-100 like ShopScope's, before a weighted mean reads it.
        rows.push_back(calculate(scoreName,
                                 QStringLiteral("if(%1 > 0.000000001, if(%2 = 1, 0, if(%3 > 100, 100, if(%3 < 0, 0, %3))), '')")
                                     .arg(possibleRef, knockoutRef, percent)));
        pooledEarned << QStringLiteral("if(%1 = 1, 0, %2)").arg(knockoutRef, earnedRef);
        pooledPossible << possibleRef;
        if (top.weight > 0) {
            const QString scored = QStringLiteral("%1 > 0.000000001").arg(possibleRef);
            weightedSum << QStringLiteral("if(%1, %2 * ${%3}, 0)").arg(scored, number(top.weight), scoreName);
            weightTotal << QStringLiteral("if(%1, %2, 0)").arg(scored, number(top.weight));
        }
    }
    QString raw;
    QString exists;
    if (plan.weighted()) {
        exists = QStringLiteral("(%1) > 0.000000001").arg(sum(weightTotal));
        raw = QStringLiteral("(%1) div (%2)").arg(sum(weightedSum), sum(weightTotal));
    } else {
        exists = QStringLiteral("(%1) > 0.000000001").arg(sum(pooledPossible));
        raw = QStringLiteral("(%1) div (%2) * 100").arg(sum(pooledEarned), sum(pooledPossible));
    }
    rows.push_back(calculate(QStringLiteral("ss_knockout"),
                             visitKnockouts.isEmpty() ? QStringLiteral("0")
                                                      : QStringLiteral("if(%1, 1, 0)").arg(joined(visitKnockouts, QStringLiteral(" or ")))));
    rows.push_back(calculate(QStringLiteral("ss_raw_score"), QStringLiteral("if(%1, %2, '')").arg(exists, raw)));
    rows.push_back(calculate(QString::fromLatin1(OdkNames::kScore),
                             QStringLiteral("if(${ss_raw_score} = '', '', if(${ss_knockout} = 1, 0, "
                                            "round((if(${ss_raw_score} > 100, 100, if(${ss_raw_score} < 0, 0, ${ss_raw_score}))) * 100) div 100))")));
    return rows;
}
