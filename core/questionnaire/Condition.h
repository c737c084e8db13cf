#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <vector>

// A rule on earlier answers, as stored in question.show_if and question.comment_if:
//   {"q": "GRT01", "op": "eq", "value": "no"}              option code or number comparisons
//   {"q": "OFR02", "op": "any_of", "values": ["a", "b"]}
//   {"op": "le", "value": 2}                                "q" omitted: the question itself
//   {"all": [ ... ]}, {"any": [ ... ]}                       and / or
// An unanswered (or N/A) question satisfies no comparison, so a follow-up stays hidden.
class Condition
{
    Q_DECLARE_TR_FUNCTIONS(Condition)

public:
    enum class Op { Equals, NotEquals, AnyOf, Less, LessOrEqual, Greater, GreaterOrEqual, All, Any };

    static std::optional<Condition> fromJson(const QJsonObject& json, QString* error);
    QJsonObject toJson() const;

    // answerOf(code) gives the answer to a question: an option code (QString), a number
    // (double), or an invalid QVariant when unanswered. selfCode stands for an omitted "q".
    using AnswerLookup = std::function<QVariant(const QString& questionCode)>;
    bool evaluate(const AnswerLookup& answerOf, const QString& selfCode = {}) const;

    // Every question code the condition reads (empty code = the question itself).
    QStringList referencedQuestions() const;

    Op op() const { return m_op; }

private:
    bool compare(const QVariant& answer) const;

    Op m_op = Op::Equals;
    QString m_question;
    QVariant m_value;
    QVariantList m_values;
    std::vector<Condition> m_children;
};
