#include "ScoringPlan.h"

#include <QDate>
#include <QJsonArray>
#include <QTime>
#include <QJsonDocument>

#include <cmath>

#include <algorithm>

ScoringPlan::ScoringPlan(const Questionnaire& questionnaire)
    : m_questionnaire(questionnaire)
    , m_weighted(questionnaire.sectionScoring == SectionScoring::Weighted)
{
    auto addQuestions = [this](const Section& section, int sectionIndex, int topIndex) {
        for (const Question& question : section.questions) {
            PlanQuestion plan;
            plan.code = question.code;
            plan.type = question.type;
            plan.section = sectionIndex;
            plan.topSection = topIndex;
            plan.scored = question.scored && QuestionTypes::canBeScored(question.type);
            plan.bonus = question.bonus;
            plan.critical = question.critical;
            plan.weight = question.weight;
            plan.scaleMinimum = question.scaleMinimum();
            plan.scaleMaximum = question.scaleMaximum();
            plan.minimum = question.minimum;
            plan.maximum = question.maximum;
            Question withOptions = question;
            withOptions.ensureYesNoOptions();
            for (const QuestionOption& option : withOptions.options) {
                const double points = option.isNa ? 0.0 : option.points.value_or(0.0);
                plan.optionPoints.push_back(points);
                plan.optionIsNa.push_back(option.isNa);
                plan.optionCodes << option.code;
                if (!option.isNa) {
                    plan.bestPoints = std::max(plan.bestPoints, points);
                    plan.positivePoints += std::max(0.0, points);
                }
            }
            plan.showIf = question.showIf ? &*question.showIf : nullptr;
            plan.commentIf = question.commentIf ? &*question.commentIf : nullptr;
            plan.mandatory = question.mandatory;
            m_questionIndex.insert(question.code, int(m_questions.size()));
            m_questions.push_back(std::move(plan));
        }
    };
    for (const Section& top : m_questionnaire.sections) {
        const int topIndex = int(m_sections.size());
        m_sections.push_back({top.code, -1, top.weight.value_or(0)});
        addQuestions(top, topIndex, topIndex);
        for (const Section& child : top.sections) {
            const int childIndex = int(m_sections.size());
            m_sections.push_back({child.code, topIndex, child.weight.value_or(0)});
            addQuestions(child, childIndex, topIndex);
        }
    }
}

std::optional<AnswerValue> ScoringPlan::answerFromJson(int index, const QJsonValue& value, QString* error) const
{
    const PlanQuestion& question = m_questions[size_t(index)];
    auto fail = [&](const QString& accepts) -> std::optional<AnswerValue> {
        if (error)
            *error = tr("%1: %2 is not an answer to this question (it accepts %3)")
                         .arg(question.code,
                              value.isString() ? QStringLiteral("“%1”").arg(value.toString())
                                               : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1),
                              accepts);
        return std::nullopt;
    };
    if (value.isNull() || value.isUndefined())
        return AnswerValue::none();
    const QString optionList = question.optionCodes.join(QStringLiteral(", "));
    switch (question.type) {
    case QuestionType::YesNo:
    case QuestionType::Single: {
        const int option = int(question.optionCodes.indexOf(value.toString()));
        if (!value.isString() || option < 0)
            return fail(tr("one of: %1").arg(optionList));
        return question.optionIsNa[size_t(option)] ? AnswerValue::notApplicable() : AnswerValue::choice(option);
    }
    case QuestionType::Multiple: {
        if (value.isString() && value.toString() == QLatin1String("na"))
            return AnswerValue::notApplicable();
        if (!value.isArray())
            return fail(tr("a list of: %1").arg(optionList));
        quint64 mask = 0;
        for (const QJsonValue& item : value.toArray()) {
            const qsizetype option = question.optionCodes.indexOf(item.toString());
            if (option < 0 || option >= 64)
                return fail(tr("a list of: %1").arg(optionList));
            mask |= quint64(1) << option;
        }
        return AnswerValue::choices(mask);
    }
    case QuestionType::Rating:
    case QuestionType::Nps:
    case QuestionType::Number: {
        if (value.isString() && value.toString() == QLatin1String("na"))
            return AnswerValue::notApplicable();
        if (!value.isDouble())
            return fail(tr("a number"));
        const double number = value.toDouble();
        if (question.type == QuestionType::Number && ((question.minimum && number < *question.minimum)
                                                      || (question.maximum && number > *question.maximum)))
            return fail(tr("a number from %1 to %2")
                            .arg(question.minimum ? QString::number(*question.minimum) : QStringLiteral("…"),
                                 question.maximum ? QString::number(*question.maximum) : QStringLiteral("…")));
        if (question.type != QuestionType::Number
            && (number < question.scaleMinimum || number > question.scaleMaximum || number != std::floor(number)))
            return fail(tr("a whole number from %1 to %2").arg(question.scaleMinimum).arg(question.scaleMaximum));
        return AnswerValue::value(number);
    }
    case QuestionType::Date:
        if (!value.isString() || !QDate::fromString(value.toString(), Qt::ISODate).isValid())
            return fail(tr("a date such as 2026-11-22"));
        return AnswerValue::text();
    case QuestionType::Time:
        if (!value.isString() || !QTime::fromString(value.toString(), QStringLiteral("HH:mm")).isValid())
            return fail(tr("a time such as 14:30"));
        return AnswerValue::text();
    case QuestionType::Text:
        if (!value.isString())
            return fail(tr("text"));
        return AnswerValue::text();
    }
    return AnswerValue::none();
}

QVariant ScoringPlan::conditionValue(int index, const AnswerValue& answer) const
{
    const PlanQuestion& question = m_questions[size_t(index)];
    switch (answer.kind) {
    case AnswerValue::Kind::Option:
        return question.optionCodes.value(answer.option);
    case AnswerValue::Kind::Number:
        return answer.number;
    default:
        return {};
    }
}
