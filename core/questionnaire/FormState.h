#pragma once

#include "AnswerValue.h"
#include "VisitScore.h"

#include <vector>

class ScoringPlan;

// What a form shows for a set of answers, worked out the one way the scoring engine reads it:
// which questions are visible (a condition reads earlier answers, and a hidden question counts
// as unanswered for the conditions after it), which call for a comment, the answers as scored
// (hidden ones dropped) and the score. The designer's preview, the entry form and the command
// line's entry all use it, so none can disagree with how a stored report is scored.
struct FormState
{
    std::vector<bool> visible;
    std::vector<bool> commentRequired;
    std::vector<AnswerValue> answers; // hidden questions as unanswered
    VisitScore score;

    // raw[i] is the answer given to plan.questions()[i], shown or not.
    static FormState evaluate(const ScoringPlan& plan, const std::vector<AnswerValue>& raw);
    // Visible mandatory questions without an answer, in form order (plan indexes).
    std::vector<int> unansweredMandatory(const ScoringPlan& plan) const;
};
