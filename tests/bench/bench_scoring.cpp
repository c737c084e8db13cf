// Scoring speed (Google Benchmark): one visit of a 50-item questionnaire, the call later issues
// make millions of times. Run: build/tests/bench/bench_scoring
#include "questionnaire/QuestionnaireTemplates.h"
#include "questionnaire/ScoringEngine.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <random>

namespace {

// The bank template (41 items, conditions, a critical item) grown to 50 items with extra
// scored yes/no standards, so that the figure is per a 50-item visit.
Questionnaire fiftyItems()
{
    QString error;
    Questionnaire questionnaire = *QuestionnaireTemplates::load(QStringLiteral("bank-branch-visit"), &error);
    int extra = 0;
    while (questionnaire.questionsInOrder().size() < 50) {
        Question question;
        question.code = QStringLiteral("EXTRA%1").arg(++extra);
        question.type = QuestionType::YesNo;
        question.scored = true;
        question.allowNa = true;
        question.text = {{QStringLiteral("en"), QStringLiteral("Extra standard")}};
        question.ensureYesNoOptions();
        questionnaire.sections[size_t(extra) % questionnaire.sections.size()].questions.push_back(question);
    }
    return questionnaire;
}

std::vector<std::vector<AnswerValue>> randomVisits(const ScoringPlan& plan, int count)
{
    std::mt19937 random(7);
    std::vector<std::vector<AnswerValue>> visits(size_t(count), std::vector<AnswerValue>(plan.questions().size()));
    for (auto& visit : visits) {
        for (size_t i = 0; i < visit.size(); ++i) {
            const auto& question = plan.questions()[i];
            switch (question.type) {
            case QuestionType::YesNo:
            case QuestionType::Single: {
                const int option = int(random() % question.optionCodes.size());
                visit[i] = question.optionIsNa[size_t(option)] ? AnswerValue::notApplicable() : AnswerValue::choice(option);
                break;
            }
            case QuestionType::Multiple:
                visit[i] = AnswerValue::choices(random() & ((quint64(1) << question.optionCodes.size()) - 1));
                break;
            case QuestionType::Rating:
            case QuestionType::Nps:
                visit[i] = AnswerValue::value(question.scaleMinimum + double(random() % 5));
                break;
            case QuestionType::Number:
                visit[i] = AnswerValue::value(double(random() % 30));
                break;
            default:
                visit[i] = AnswerValue::text();
            }
        }
    }
    return visits;
}

void BM_ScoreOneVisit(benchmark::State& state)
{
    const ScoringPlan plan(fiftyItems());
    const auto visits = randomVisits(plan, 1024);
    VisitScore result;
    size_t next = 0;
    for (auto _ : state) {
        const auto& answers = visits[next++ & 1023];
        ScoringEngine::score(plan, answers.data(), answers.size(), &result);
        benchmark::DoNotOptimize(result.visit.score);
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(plan.questions().size()));
    state.counters["answers_per_visit"] = double(plan.questions().size());
}
BENCHMARK(BM_ScoreOneVisit);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
