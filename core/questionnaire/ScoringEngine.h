#pragma once

#include "AnswerValue.h"
#include "ScoringPlan.h"
#include "VisitScore.h"

#include <vector>

// The one place scoring lives (see docs/questionnaire-format.md, "Scoring"): a pure function of
// a compiled questionnaire and one visit's answers. N/A, unanswered and hidden questions count
// in neither earned nor possible; bonus points count in earned only; scores are capped at 100 %;
// a failed critical item zeroes its top-level section or the whole visit; under weighted
// scoring a section with nothing applicable drops out and its weight is spread over the rest.
class ScoringEngine
{
public:
    // answers[i] is the answer to plan.questions()[i]; missing trailing answers count as none.
    static VisitScore score(const ScoringPlan& plan, const std::vector<AnswerValue>& answers);
    // The same into a result that is reused between calls (no allocation once it has its size).
    static void score(const ScoringPlan& plan, const AnswerValue* answers, size_t count, VisitScore* result);
};
