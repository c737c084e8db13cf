// Benchmarks of the sample plan (Google Benchmark): generating a year of visits on the large
// demo programme. Needs a project file:
//   bench_plan --file build/bench/large.shopscope
// made by: shopscope-cli demo build/bench/large.shopscope --preset large. The file is copied
// first; the copy gets twelve monthly waves of 2027 to plan.
#include "commands/PlanCommands.h"
#include "commands/UndoStack.h"
#include "commands/WaveCommands.h"
#include "planning/VisitGenerator.h"
#include "project/Project.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include "BenchFile.h"

#include <benchmark/benchmark.h>


namespace {
QString g_file;
QTemporaryDir* g_dir = nullptr;
std::unique_ptr<Project> g_project;

// A year of about 200,000 visits: twelve per branch, 200 calls per contact centre, sixteen
// enquiries per web form, a fifth on Saturdays, a tenth in the evening.
PlanRules yearRules()
{
    QString error;
    return *PlanRules::fromJson(QByteArrayLiteral(R"({"visits":{"mode":"fixed","count":12,"by_channel":{"call":200,"web":16}},
        "weekdays":{"saturday":0.2},"dayparts":{"evening":0.1}})"),
                                &error);
}

bool prepare(benchmark::State& state)
{
    if (g_project)
        return true;
    ProjectError error;
    const QString copy = g_dir->filePath(QStringLiteral("plan.shopscope"));
    if (!Project::writeCopy(g_file, copy, nullptr, &error)) {
        state.SkipWithError(qPrintable(error.message));
        return false;
    }
    g_project = Project::open(copy, Project::Mode::ReadWrite, &error);
    if (!g_project) {
        state.SkipWithError(qPrintable(error.message));
        return false;
    }
    QString message;
    WaveSeries series{WaveSeries::Frequency::Monthly, QDate(2027, 1, 1), 12, 14};
    if (!Command::addWaves(g_project.get(), series.waves(&message), &message)) {
        state.SkipWithError(qPrintable(message));
        return false;
    }
    return true;
}

QString waveCode(int month)
{
    return QStringLiteral("W2027-%1").arg(month, 2, 10, QLatin1Char('0'));
}

// Computing the proposals (with their quota checks) for the twelve waves: what the preview does.
void BM_ProposeYear(benchmark::State& state)
{
    if (!prepare(state))
        return;
    const PlanRules rules = yearRules();
    qint64 visits = 0;
    int misses = 0; // cells of a wave more than one visit off their quota
    for (auto _ : state) {
        visits = 0;
        misses = 0;
        for (int month = 1; month <= 12; ++month) {
            QString error;
            auto proposal = VisitGenerator::propose(g_project->database(), waveCode(month), rules, 1, &error);
            if (!proposal) {
                state.SkipWithError(qPrintable(error));
                return;
            }
            visits += qint64(proposal->visits.size());
            for (const PlanProposal::Check& check : proposal->checks)
                misses += check.scope.isEmpty() && !check.holds() ? 1 : 0;
        }
    }
    state.counters["visits"] = double(visits);
    state.counters["quota_misses"] = double(misses);
}
BENCHMARK(BM_ProposeYear)->Unit(benchmark::kMillisecond)->Iterations(3);

// Proposing and writing the twelve waves, each one undo step (undone again outside the timing).
void BM_GenerateYear(benchmark::State& state)
{
    if (!prepare(state))
        return;
    const PlanRules rules = yearRules();
    qint64 visits = 0;
    for (auto _ : state) {
        visits = 0;
        for (int month = 1; month <= 12; ++month) {
            QString error;
            auto proposal = VisitGenerator::propose(g_project->database(), waveCode(month), rules, 1, &error);
            if (!proposal || !Command::generateVisits(g_project.get(), *proposal, GenerateVisitsCommand::StoreRules::ForWave, &error)) {
                state.SkipWithError(qPrintable(error));
                return;
            }
            visits += qint64(proposal->visits.size());
        }
        state.PauseTiming();
        for (int month = 1; month <= 12; ++month) {
            QString error;
            if (!g_project->undoStack()->undo(&error)) {
                state.SkipWithError(qPrintable(error));
                return;
            }
        }
        state.ResumeTiming();
    }
    state.counters["visits"] = double(visits);
}
BENCHMARK(BM_GenerateYear)->Unit(benchmark::kMillisecond)->Iterations(3);
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    g_file = benchFile(argc, argv);
    if (g_file.isEmpty())
        return 2;
    QTemporaryDir dir;
    g_dir = &dir;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    g_project.reset();
    benchmark::Shutdown();
    return 0;
}
