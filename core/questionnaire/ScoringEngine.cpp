#include "ScoringEngine.h"

#include <algorithm>

namespace {

constexpr double kTolerance = 1e-9;

std::optional<double> percent(double earned, double possible)
{
    if (possible <= kTolerance)
        return std::nullopt;
    return std::clamp(earned / possible * 100.0, 0.0, 100.0);
}

// Earned and possible points of one shown, answered, scored question; false when it does not count.
bool questionPoints(const ScoringPlan::PlanQuestion& question, const AnswerValue& answer, double* earned,
                    double* possible)
{
    switch (question.type) {
    case QuestionType::YesNo:
    case QuestionType::Single:
        if (answer.kind != AnswerValue::Kind::Option || answer.option < 0
            || size_t(answer.option) >= question.optionPoints.size() || question.optionIsNa[size_t(answer.option)])
            return false;
        *earned = question.optionPoints[size_t(answer.option)] * question.weight;
        *possible = question.bestPoints * question.weight;
        return true;
    case QuestionType::Multiple: {
        if (answer.kind != AnswerValue::Kind::Options)
            return false;
        double sum = 0;
        for (size_t i = 0; i < question.optionPoints.size() && i < 64; ++i)
            if (answer.optionMask & (quint64(1) << i))
                sum += question.optionPoints[i];
        *earned = std::max(0.0, sum) * question.weight;
        *possible = question.positivePoints * question.weight;
        return true;
    }
    case QuestionType::Rating: {
        if (answer.kind != AnswerValue::Kind::Number || question.scaleMaximum <= question.scaleMinimum)
            return false;
        const double value = std::clamp(answer.number, question.scaleMinimum, question.scaleMaximum);
        *earned = (value - question.scaleMinimum) / (question.scaleMaximum - question.scaleMinimum) * question.weight;
        *possible = question.weight;
        return true;
    }
    default:
        return false;
    }
}

} // namespace

VisitScore ScoringEngine::score(const ScoringPlan& plan, const std::vector<AnswerValue>& answers)
{
    VisitScore result;
    score(plan, answers.data(), answers.size(), &result);
    return result;
}

void ScoringEngine::score(const ScoringPlan& plan, const AnswerValue* answers, size_t count, VisitScore* result)
{
    const auto& questions = plan.questions();
    const auto& sections = plan.sections();
    result->visit = {};
    result->sections.assign(sections.size(), ScoreResult{});
    result->questions.assign(questions.size(), ScoreResult{});

    // Visibility follows form order: a condition reads only earlier questions, and a hidden
    // question counts as unanswered for the conditions after it.
    thread_local std::vector<char> visible;
    visible.assign(questions.size(), 1);
    const AnswerValue none;
    auto answerAt = [&](size_t i) -> const AnswerValue& { return i < count ? answers[i] : none; };
    const Condition::AnswerLookup lookup = [&](const QString& code) -> QVariant {
        const int index = plan.questionIndex(code);
        if (index < 0 || !visible[size_t(index)])
            return {};
        return plan.conditionValue(index, answerAt(size_t(index)));
    };

    bool visitKnockedOut = false;
    for (size_t i = 0; i < questions.size(); ++i) {
        const ScoringPlan::PlanQuestion& question = questions[i];
        if (question.showIf && !question.showIf->evaluate(lookup, question.code)) {
            visible[i] = 0;
            continue;
        }
        if (!question.scored)
            continue;
        double earned = 0;
        double possible = 0;
        if (!questionPoints(question, answerAt(i), &earned, &possible))
            continue;
        ScoreResult& own = result->questions[i];
        own.earned = earned;
        own.possible = possible;
        own.score = percent(earned, possible);
        const bool failed = earned + kTolerance < possible;
        const double countedPossible = question.bonus ? 0.0 : possible;
        ScoreResult& section = result->sections[size_t(question.section)];
        section.earned += earned;
        section.possible += countedPossible;
        if (question.topSection != question.section) {
            ScoreResult& top = result->sections[size_t(question.topSection)];
            top.earned += earned;
            top.possible += countedPossible;
        }
        if (failed && question.critical == Critical::Section) {
            section.knockedOut = true;
            result->sections[size_t(question.topSection)].knockedOut = true;
        } else if (failed && question.critical == Critical::Visit) {
            visitKnockedOut = true;
        }
    }

    double pooledEarned = 0;
    double pooledPossible = 0;
    double weightedSum = 0;
    double weightTotal = 0;
    for (size_t s = 0; s < sections.size(); ++s) {
        ScoreResult& section = result->sections[s];
        section.score = percent(section.earned, section.possible);
        if (section.knockedOut && section.score)
            section.score = 0.0;
        if (sections[s].parent >= 0)
            continue; // sub-sections are pooled into their top-level section
        pooledPossible += section.possible;
        pooledEarned += section.knockedOut ? 0.0 : section.earned; // bonus counts here; the visit is capped
        if (section.score && sections[s].weight > 0) {
            weightedSum += sections[s].weight * *section.score;
            weightTotal += sections[s].weight;
        }
    }

    ScoreResult& visit = result->visit;
    if (plan.weighted()) {
        visit.earned = weightedSum / 100.0;
        visit.possible = weightTotal;
        visit.score = weightTotal > kTolerance ? std::optional<double>(std::clamp(weightedSum / weightTotal, 0.0, 100.0))
                                               : std::nullopt;
    } else {
        visit.earned = pooledEarned;
        visit.possible = pooledPossible;
        visit.score = percent(pooledEarned, pooledPossible);
    }
    if (visitKnockedOut) {
        visit.knockedOut = true;
        if (visit.score)
            visit.score = 0.0;
    }
}
