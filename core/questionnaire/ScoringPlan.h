#pragma once

#include "AnswerValue.h"
#include "Questionnaire.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <vector>

// A questionnaire compiled for scoring: flat arrays of what the engine needs, indexes instead
// of codes. Built once per questionnaire version, then shared (read-only) by any number of
// threads scoring visits.
class ScoringPlan
{
    Q_DECLARE_TR_FUNCTIONS(ScoringPlan)

public:
    struct PlanSection
    {
        QString code;
        int parent = -1;  // index of the top-level section, -1 for a top-level section
        double weight = 0;
    };

    struct PlanQuestion
    {
        QString code;
        QuestionType type = QuestionType::YesNo;
        int section = -1;    // the section that holds it
        int topSection = -1; // its top-level section
        bool scored = false;
        bool bonus = false;
        Critical critical = Critical::None;
        double weight = 1;
        double scaleMinimum = 0;
        double scaleMaximum = 0;
        std::optional<double> minimum; // a number question's bounds
        std::optional<double> maximum;
        double bestPoints = 0;    // best option's points (single, yes/no)
        double positivePoints = 0; // sum of the options' positive points (multiple)
        std::vector<double> optionPoints; // 0 where an option has none
        std::vector<bool> optionIsNa;
        QStringList optionCodes;
        const Condition* showIf = nullptr;    // points into the plan's questionnaire copy
        const Condition* commentIf = nullptr; // the same, for a required comment
        bool mandatory = false;
    };

    explicit ScoringPlan(const Questionnaire& questionnaire);

    bool weighted() const { return m_weighted; }
    const std::vector<PlanSection>& sections() const { return m_sections; }
    const std::vector<PlanQuestion>& questions() const { return m_questions; }
    int questionIndex(const QString& code) const { return m_questionIndex.value(code, -1); }

    // Reads one answer as JSON: an option code ("yes", "na"), a list of option codes (multiple
    // choice), a number (rating, NPS, number) or a string (text, date, time). On a bad value
    // sets *error (naming the question and what it accepts) and returns nullopt.
    std::optional<AnswerValue> answerFromJson(int question, const QJsonValue& value, QString* error) const;
    // The value a condition compares: an option code, a number, or invalid when unanswered.
    QVariant conditionValue(int question, const AnswerValue& answer) const;

private:
    Questionnaire m_questionnaire; // owns the conditions the plan points to
    bool m_weighted = false;
    std::vector<PlanSection> m_sections;
    std::vector<PlanQuestion> m_questions;
    QHash<QString, int> m_questionIndex;
};
