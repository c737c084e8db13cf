// Benchmark of the assignment engine on one wave of the large demo programme (a plain timed
// run, not Google Benchmark: one solve of a wave takes seconds and is measured phase by phase).
//   bench_assign --file build/bench/large.shopscope [--wave W2026-12]
// The file is copied first; the copy's wave is assigned and written (and undone).
#include "assignment/AssignmentLoader.h"
#include "assignment/AssignmentSolver.h"
#include "planning/WaveLookup.h"
#include "project/Project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include "BenchFile.h"

#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <map>

namespace {
double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

QString option(int argc, char** argv, const char* name, const QString& fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return QString::fromLocal8Bit(argv[i + 1]);
    return fallback;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QString file = benchFile(argc, argv);
    if (file.isEmpty())
        return 2;
    const QString waveName = option(argc, argv, "--wave", QStringLiteral("W2026-12"));
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("assign.shopscope"));
    ProjectError error;
    if (!Project::writeCopy(file, copy, nullptr, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    auto project = Project::open(copy, Project::Mode::ReadWrite, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    QString message;
    const auto waveId = WaveLookup::find(project->database(), waveName, &message);
    const auto rules = AssignmentRules::forProgramme(project->database(), nullptr, &message);
    if (!waveId || !rules) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const auto problem = AssignmentLoader::load(project->database(), *waveId, *rules, &message);
    if (!problem) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    }
    const qint64 loadMs = timer.restart();
    const CandidateRules candidateRules(*problem);
    const CandidateLists lists(candidateRules, 1);
    const qint64 listMs = timer.restart();
    AssignmentSolver::Options options;
    const QString layer = option(argc, argv, "--layer", QStringLiteral("automatic"));
    options.layer = layer == QLatin1String("days") ? AssignmentSolver::Layer::Days
                    : layer == QLatin1String("groups") ? AssignmentSolver::Layer::LockoutGroups
                                                       : AssignmentSolver::Layer::Automatic;
    options.candidatesPerVisit = option(argc, argv, "--candidates", QStringLiteral("0")).toInt();
    options.cells = option(argc, argv, "--cells", QStringLiteral("yes")) == QLatin1String("yes");
    const auto result = AssignmentSolver::solve(lists, options, nullptr, {}, &message);
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    }
    const qint64 solveMs = timer.restart();
    std::printf("open visits %d, shoppers %zu, list entries %lld\n", result->openVisits, problem->shoppers.size(),
                result->candidateEntries);
    std::printf("load %lld ms, lists %lld ms, solve %lld ms\n", loadMs, listMs, solveMs);
    std::printf("assigned %d, unassigned %zu, cost %.2f, bound %d / %.2f, proven %d\n", result->assignedCount(),
                result->unassigned.size(), CostBreakdown::points(result->totalCost), result->boundAssigned,
                CostBreakdown::points(result->boundCost), int(result->provenOptimal));
    std::printf("solves %d, columns %d, nodes %d, largest network %lld arcs\n", result->networkSolves, result->columnsAdded,
                result->branchNodes, result->largestNetworkArcs);
    std::printf("peak memory %.0f MB\n", peakMegabytes());
    // Check every rule on the result.
    std::map<int, std::vector<int>> byShopper;
    int broken = 0;
    for (const auto& a : result->assignments) {
        if (candidateRules.firstBroken(a.visit, a.shopper) != AssignmentRule::None)
            ++broken;
        byShopper[a.shopper].push_back(a.visit);
    }
    for (const auto& [s, visits] : byShopper) {
        if (int(visits.size()) > candidateRules.waveRoom(s))
            ++broken;
        std::map<int, int> days;
        for (int v : visits)
            if (problem->visits[size_t(v)].day != AssignmentProblem::noDay && ++days[problem->visits[size_t(v)].day] > candidateRules.dayRoom(s, problem->visits[size_t(v)].day))
                ++broken;
        for (size_t a = 0; a < visits.size(); ++a)
            for (size_t b = a + 1; b < visits.size(); ++b)
                if (candidateRules.lockOutEachOther(visits[a], visits[b]))
                    ++broken;
    }
    std::printf("broken rules: %d\n", broken);
    return 0;
}
