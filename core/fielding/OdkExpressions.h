#pragma once

#include "OdkForm.h"
#include "questionnaire/Questionnaire.h"
#include "questionnaire/ScoringPlan.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <vector>

// ShopScope's rules as XPath in XLSForm's ${name} syntax, with the questionnaire's meaning
// kept exactly (docs/odk.md): a condition is false on an unanswered, N/A or hidden question, so
// a follow-up of a hidden question stays hidden too; and the calculated score is the scoring
// engine's, N/A and hidden questions left out, weights, bonus points, critical items and the
// cap at 100 % included.
class OdkExpressions
{
public:
    explicit OdkExpressions(const Questionnaire& questionnaire);

    // When the question shows: empty when always.
    QString visibility(const Question& question) const;
    // A condition as XPath; an omitted question means selfCode's.
    QString condition(const Condition& condition, const QString& selfCode) const;
    // The calculate rows that give each top-level section's points and the visit's score
    // (ss_score, empty when nothing applicable was answered), in dependency order.
    std::vector<OdkRow> scoreRows() const;

    // Whether a comparison on this type of question can ever hold (ScoringPlan::conditionValue).
    static bool givesConditionsAValue(QuestionType type);
    // The answers that mean N/A: the N/A options' codes, and "na" where the form adds it.
    static QStringList naCodes(const Question& question);
    // Whether the form adds an "na" choice of its own: a scale or multiple choice that allows
    // N/A without an N/A option.
    static bool addsNaChoice(const Question& question);

    // A number as XPath 1.0 writes it, without exponent.
    static QString decimal(double value);
    // ${name} of a question code.
    static QString reference(const QString& code);
    static QString literal(const QString& text);

private:
    QString conditionJson(const QJsonObject& json, const QString& selfCode) const;
    QString comparison(const Question& target, const QString& op, const QJsonValue& value) const;
    QString answered(const Question& question) const;
    static QString earned(const ScoringPlan::PlanQuestion& question);
    static double possible(const ScoringPlan::PlanQuestion& question);

    const Questionnaire& m_questionnaire;
    QHash<QString, const Question*> m_questions;
    mutable QHash<QString, QString> m_visibility; // memo: chains of follow-ups repeat
};
