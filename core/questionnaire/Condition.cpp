#include "Condition.h"

#include <QJsonArray>

namespace {
struct OpName
{
    Condition::Op op;
    const char* name;
};
const OpName kOps[] = {
    {Condition::Op::Equals, "eq"},      {Condition::Op::NotEquals, "ne"},     {Condition::Op::AnyOf, "any_of"},
    {Condition::Op::Less, "lt"},        {Condition::Op::LessOrEqual, "le"},   {Condition::Op::Greater, "gt"},
    {Condition::Op::GreaterOrEqual, "ge"},
};

QVariant fromJsonValue(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    return value.toString();
}

QJsonValue toJsonValue(const QVariant& value)
{
    if (value.typeId() == QMetaType::Double)
        return value.toDouble();
    return value.toString();
}

bool sameAnswer(const QVariant& answer, const QVariant& expected)
{
    if (expected.typeId() == QMetaType::Double) {
        bool ok = false;
        const double number = answer.toDouble(&ok);
        return ok && number == expected.toDouble();
    }
    return answer.toString() == expected.toString();
}
} // namespace

std::optional<Condition> Condition::fromJson(const QJsonObject& json, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<Condition> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Condition condition;
    for (const char* group : {"all", "any"}) {
        if (!json.contains(QLatin1String(group)))
            continue;
        condition.m_op = qstrcmp(group, "all") == 0 ? Op::All : Op::Any;
        const QJsonArray items = json.value(QLatin1String(group)).toArray();
        if (items.isEmpty())
            return fail(tr("“%1” needs at least one condition.").arg(QLatin1String(group)));
        for (const QJsonValue& item : items) {
            auto child = fromJson(item.toObject(), error);
            if (!child)
                return std::nullopt;
            condition.m_children.push_back(std::move(*child));
        }
        return condition;
    }
    const QString opName = json.value(QStringLiteral("op")).toString();
    bool known = false;
    for (const OpName& entry : kOps) {
        if (opName == QLatin1String(entry.name)) {
            condition.m_op = entry.op;
            known = true;
        }
    }
    if (!known)
        return fail(tr("Unknown comparison “%1” (use eq, ne, any_of, lt, le, gt or ge).").arg(opName));
    condition.m_question = json.value(QStringLiteral("q")).toString();
    if (condition.m_op == Op::AnyOf) {
        const QJsonArray values = json.value(QStringLiteral("values")).toArray();
        if (values.isEmpty())
            return fail(tr("“any_of” needs a non-empty “values” list."));
        for (const QJsonValue& value : values)
            condition.m_values << fromJsonValue(value);
    } else {
        if (!json.contains(QStringLiteral("value")))
            return fail(tr("The comparison “%1” needs a “value”.").arg(opName));
        condition.m_value = fromJsonValue(json.value(QStringLiteral("value")));
        const bool ordering = condition.m_op != Op::Equals && condition.m_op != Op::NotEquals;
        if (ordering && condition.m_value.typeId() != QMetaType::Double)
            return fail(tr("The comparison “%1” needs a number as its value.").arg(opName));
    }
    return condition;
}

QJsonObject Condition::toJson() const
{
    if (m_op == Op::All || m_op == Op::Any) {
        QJsonArray items;
        for (const Condition& child : m_children)
            items.append(child.toJson());
        return {{m_op == Op::All ? QStringLiteral("all") : QStringLiteral("any"), items}};
    }
    QJsonObject json;
    if (!m_question.isEmpty())
        json.insert(QStringLiteral("q"), m_question);
    for (const OpName& entry : kOps)
        if (entry.op == m_op)
            json.insert(QStringLiteral("op"), QString::fromLatin1(entry.name));
    if (m_op == Op::AnyOf) {
        QJsonArray values;
        for (const QVariant& value : m_values)
            values.append(toJsonValue(value));
        json.insert(QStringLiteral("values"), values);
    } else {
        json.insert(QStringLiteral("value"), toJsonValue(m_value));
    }
    return json;
}

bool Condition::compare(const QVariant& answer) const
{
    if (!answer.isValid())
        return false;
    switch (m_op) {
    case Op::Equals:
        return sameAnswer(answer, m_value);
    case Op::NotEquals:
        return !sameAnswer(answer, m_value);
    case Op::AnyOf:
        return std::any_of(m_values.cbegin(), m_values.cend(),
                           [&](const QVariant& value) { return sameAnswer(answer, value); });
    default:
        break;
    }
    bool ok = false;
    const double number = answer.toDouble(&ok);
    if (!ok)
        return false;
    const double limit = m_value.toDouble();
    switch (m_op) {
    case Op::Less: return number < limit;
    case Op::LessOrEqual: return number <= limit;
    case Op::Greater: return number > limit;
    case Op::GreaterOrEqual: return number >= limit;
    default: return false;
    }
}

bool Condition::evaluate(const AnswerLookup& answerOf, const QString& selfCode) const
{
    switch (m_op) {
    case Op::All:
        return std::all_of(m_children.cbegin(), m_children.cend(),
                           [&](const Condition& child) { return child.evaluate(answerOf, selfCode); });
    case Op::Any:
        return std::any_of(m_children.cbegin(), m_children.cend(),
                           [&](const Condition& child) { return child.evaluate(answerOf, selfCode); });
    default:
        return compare(answerOf(m_question.isEmpty() ? selfCode : m_question));
    }
}

QStringList Condition::referencedQuestions() const
{
    QStringList codes;
    if (m_op == Op::All || m_op == Op::Any) {
        for (const Condition& child : m_children)
            codes << child.referencedQuestions();
    } else {
        codes << m_question;
    }
    codes.removeDuplicates();
    return codes;
}
