#include "FormState.h"

#include "ScoringEngine.h"
#include "ScoringPlan.h"

FormState FormState::evaluate(const ScoringPlan& plan, const std::vector<AnswerValue>& raw)
{
    const auto& questions = plan.questions();
    const size_t count = questions.size();
    FormState state;
    state.visible.assign(count, true);
    state.commentRequired.assign(count, false);
    state.answers.assign(count, AnswerValue::none());
    const Condition::AnswerLookup lookup = [&](const QString& code) -> QVariant {
        const int index = plan.questionIndex(code);
        if (index < 0 || size_t(index) >= count || !state.visible[size_t(index)] || size_t(index) >= raw.size())
            return {};
        return plan.conditionValue(index, raw[size_t(index)]);
    };
    for (size_t i = 0; i < count; ++i) {
        const auto& question = questions[i];
        state.visible[i] = !question.showIf || question.showIf->evaluate(lookup, question.code);
        state.commentRequired[i] = state.visible[i] && question.commentIf && question.commentIf->evaluate(lookup, question.code);
        if (state.visible[i] && i < raw.size())
            state.answers[i] = raw[i];
    }
    state.score = ScoringEngine::score(plan, state.answers);
    return state;
}

std::vector<int> FormState::unansweredMandatory(const ScoringPlan& plan) const
{
    std::vector<int> missing;
    const auto& questions = plan.questions();
    for (size_t i = 0; i < questions.size(); ++i)
        if (questions[i].mandatory && visible[i] && answers[i].kind == AnswerValue::Kind::None)
            missing.push_back(int(i));
    return missing;
}
