// Benchmarks of opening a programme (Google Benchmark). Needs a project file:
//   bench_open --file build/bench/large.shopscope
// made by: shopscope-cli demo build/bench/large.shopscope --preset large
#include "models/AreaTableModel.h"
#include "programme/ProgrammeSettings.h"
#include "project/Project.h"
#include "project/ProjectSummary.h"

#include <QCoreApplication>

#include "BenchFile.h"

#include <benchmark/benchmark.h>


namespace {
QString g_file;

// What the window does before its first screen is up: open (header check, lock, connection,
// schema read), read the settings, and fill the first page of a table.
void BM_OpenAndFirstScreen(benchmark::State& state)
{
    for (auto _ : state) {
        ProjectError error;
        auto project = Project::open(g_file, Project::Mode::ReadWrite, &error);
        if (!project) {
            state.SkipWithError(qPrintable(error.message));
            return;
        }
        QString message;
        benchmark::DoNotOptimize(ProgrammeSettings::read(project->database(), &message));
        AreaTableModel visits(AreaTables::Visits);
        visits.setDatabase(project->database());
        benchmark::DoNotOptimize(visits.rowCount());
        benchmark::DoNotOptimize(visits.matchingRowCount());
    }
}
BENCHMARK(BM_OpenAndFirstScreen)->Unit(benchmark::kMillisecond)->Iterations(5);

// The overview's counts (read on a worker thread in the window): scans every answer.
void BM_SummaryCounts(benchmark::State& state)
{
    ProjectError error;
    auto project = Project::open(g_file, Project::Mode::ReadOnly, &error);
    if (!project) {
        state.SkipWithError(qPrintable(error.message));
        return;
    }
    for (auto _ : state) {
        QString message;
        auto summary = ProjectSummary::read(project->database(), &message);
        benchmark::DoNotOptimize(summary);
    }
}
BENCHMARK(BM_SummaryCounts)->Unit(benchmark::kMillisecond)->Iterations(3);
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
