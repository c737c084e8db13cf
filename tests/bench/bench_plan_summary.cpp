// The plan summary (Google Benchmark) on the large demo programme (200,160 visits over twelve
// waves). Needs a project file:
//   bench_plan_summary --file build/bench/large.shopscope
// made by: shopscope-cli demo build/bench/large.shopscope --preset large --seed 1 --today 2026-11-22
#include "planning/PlanSummary.h"
#include "project/Project.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include "BenchFile.h"

#include <benchmark/benchmark.h>

namespace {
QString g_file;

void run(benchmark::State& state, bool oneWave, PlanSummary::Dimensions by)
{
    ProjectError error;
    auto project = Project::open(g_file, Project::Mode::ReadOnly, &error);
    if (!project) {
        state.SkipWithError(qPrintable(error.message));
        return;
    }
    PlanSummary::Options options;
    options.by = by;
    if (oneWave) {
        // The wave with the most visits: the worst single wave.
        QSqlQuery query(
            QStringLiteral("SELECT wave_id FROM visit GROUP BY wave_id ORDER BY count(*) DESC LIMIT 1"),
            project->database());
        if (query.next())
            options.waveId = query.value(0).toLongLong();
    }
    qint64 visits = 0;
    qint64 cells = 0;
    for (auto _ : state) {
        QString message;
        const auto summary = PlanSummary::read(project->database(), options, &message);
        if (!summary) {
            state.SkipWithError(qPrintable(message));
            return;
        }
        visits = summary->total.visits;
        cells = summary->cells.size();
        benchmark::DoNotOptimize(summary->total.budget);
    }
    state.counters["visits"] = double(visits);
    state.counters["cells"] = double(cells);
}

// What the window shows by default for one wave: region × scenario.
void BM_OneWaveByRegionScenario(benchmark::State& state)
{
    run(state, true, PlanSummary::Region | PlanSummary::Scenario);
}
BENCHMARK(BM_OneWaveByRegionScenario)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The whole year by wave × region × scenario × channel.
void BM_AllWavesByWaveRegionScenarioChannel(benchmark::State& state)
{
    run(state, false, PlanSummary::Wave | PlanSummary::Region | PlanSummary::Scenario | PlanSummary::Channel);
}
BENCHMARK(BM_AllWavesByWaveRegionScenarioChannel)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The finest table: every location in every wave (about 17,000 cells).
void BM_AllWavesByWaveLocation(benchmark::State& state)
{
    run(state, false, PlanSummary::Wave | PlanSummary::Location);
}
BENCHMARK(BM_AllWavesByWaveLocation)->Unit(benchmark::kMillisecond)->MinTime(2.0);
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    g_file = benchFile(argc, argv);
    if (g_file.isEmpty())
        return 2;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
