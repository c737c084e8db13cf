// Benchmark of the assignment engine on one wave of the large demo programme: a plain timed run
// phase by phase (one solve takes about a second; Google Benchmark's repetitions add nothing).
//   bench_assign --file build/bench/large.shopscope [--wave W2026-12] [--seed N]
// The file is copied first; the copy's wave is assigned, written and undone. Prints each phase's
// time, the peak memory (getrusage), the result against a greedy baseline that gives each visit
// in turn its nearest shopper who keeps every rule, and a check of every rule on both.
#include "assignment/AssignmentSession.h"
#include "commands/AssignmentCommands.h"
#include "commands/UndoStack.h"
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

// The greedy baseline: visits by date, each given the nearest shopper (for calls and web forms,
// the cheapest) who keeps every rule with the visits given so far.
std::vector<int> greedy(const AssignmentSession& session)
{
    const AssignmentProblem& problem = session.problem();
    const CandidateRules& rules = session.rules();
    const CandidateLists& lists = session.lists();
    std::vector<int> order;
    for (int v = 0; v < int(problem.visits.size()); ++v)
        if (problem.visits[size_t(v)].open)
            order.push_back(v);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return problem.visits[size_t(a)].day < problem.visits[size_t(b)].day; });
    std::vector<int> shopperOf(problem.visits.size(), -1);
    std::vector<std::vector<int>> given(problem.shoppers.size());
    auto fits = [&](int v, int s) {
        if (!lists.passesDatedRules(v, s) || int(given[size_t(s)].size()) >= rules.waveRoom(s))
            return false;
        int sameDay = 0;
        for (int w : given[size_t(s)]) {
            if (rules.lockOutEachOther(v, w))
                return false;
            sameDay += problem.visits[size_t(w)].day == problem.visits[size_t(v)].day ? 1 : 0;
        }
        return sameDay < rules.dayRoom(s, problem.visits[size_t(v)].day);
    };
    for (int v : order) {
        const bool inPerson = problem.locations[size_t(problem.visits[size_t(v)].location)].inPerson;
        int chosen = -1;
        double nearest = 1e18;
        for (const auto& entry : lists.entries(lists.listOf(v))) {
            const double key = inPerson ? rules.cost(v, entry.shopper).km : double(entry.cost);
            if (key < nearest && fits(v, entry.shopper)) {
                nearest = key;
                chosen = entry.shopper;
                if (!inPerson)
                    break; // sorted by cost: the first that fits is the cheapest
            }
        }
        if (chosen >= 0) {
            shopperOf[size_t(v)] = chosen;
            given[size_t(chosen)].push_back(v);
        }
    }
    return shopperOf;
}

// Rules broken by an assignment, counted on their own: every pair, and per shopper the
// capacities and the lockout between the run's visits.
int brokenRules(const AssignmentSession& session, const AssignmentResult& result)
{
    const CandidateRules& rules = session.rules();
    const AssignmentProblem& problem = session.problem();
    std::map<int, std::vector<int>> byShopper;
    int broken = 0;
    for (const auto& assignment : result.assignments) {
        broken += rules.firstBroken(assignment.visit, assignment.shopper) != AssignmentRule::None ? 1 : 0;
        byShopper[assignment.shopper].push_back(assignment.visit);
    }
    for (const auto& [shopper, visits] : byShopper) {
        broken += int(visits.size()) > rules.waveRoom(shopper) ? 1 : 0;
        std::map<int, int> perDay;
        for (size_t a = 0; a < visits.size(); ++a) {
            const int day = problem.visits[size_t(visits[a])].day;
            broken += day != AssignmentProblem::noDay && ++perDay[day] > rules.dayRoom(shopper, day) ? 1 : 0;
            for (size_t b = a + 1; b < visits.size(); ++b)
                broken += rules.lockOutEachOther(visits[a], visits[b]) ? 1 : 0;
        }
    }
    return broken;
}

void fail(const QString& message)
{
    std::fprintf(stderr, "bench_assign: %s\n", qPrintable(message));
    std::exit(1);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QString file = benchFile(argc, argv);
    if (file.isEmpty())
        return 2;
    const QString waveName = option(argc, argv, "--wave", QStringLiteral("W2026-12"));
    const quint64 seed = option(argc, argv, "--seed", QStringLiteral("1")).toULongLong();
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("assign.shopscope"));
    ProjectError error;
    if (!Project::writeCopy(file, copy, nullptr, &error))
        fail(error.message);
    auto project = Project::open(copy, Project::Mode::ReadWrite, &error);
    if (!project)
        fail(error.message);
    QString message;
    const auto waveId = WaveLookup::find(project->database(), waveName, &message);
    if (!waveId)
        fail(message);

    QElapsedTimer timer;
    timer.start();
    const auto session = AssignmentSession::load(project->database(), *waveId, std::nullopt, AssignmentLoader::Options(), seed,
                                                 nullptr, {}, &message);
    if (!session)
        fail(message);
    const qint64 loadMs = timer.restart();
    const auto result = session->solve(&message);
    if (!result)
        fail(message);
    const qint64 solveMs = timer.restart();
    const AssignmentExplainer explainer = session->explainer(*result);
    const auto reasons = explainer.reasons();
    const qint64 reasonsMs = timer.restart();
    // One assigned visit's explanation, as the board shows it on selection: every 16th visit.
    int explained = 0;
    for (size_t a = 0; a < result->assignments.size(); a += 16, ++explained)
        (void)explainer.explain(result->assignments[a].visit);
    const double explainOneMs = double(timer.restart()) / std::max(1, explained);
    if (!Command::assignVisits(project.get(), session->problem(), *result, &message))
        fail(message);
    const qint64 writeMs = timer.restart();
    if (!project->undoStack()->undo(&message))
        fail(message);
    const qint64 undoMs = timer.restart();
    const double peak = peakMegabytes();
    const AssignmentResult baseline = AssignmentSolver::resultOf(session->rules(), greedy(*session));
    const qint64 greedyMs = timer.restart();

    const AssignmentProblem& problem = session->problem();
    int fixed = 0;
    for (const auto& visit : problem.visits)
        fixed += !visit.open && visit.shopper >= 0 ? 1 : 0;
    std::printf("wave %s: %d open visits (%d fixed), %zu shoppers, %lld candidate list entries\n", qPrintable(problem.wave().code),
                result->openVisits, fixed, problem.shoppers.size(), result->candidateEntries);
    std::printf("load (with candidate lists)  %6lld ms\n", loadMs);
    std::printf("solve                        %6lld ms  (%d networks, largest %lld arcs, %d pairs priced in, %d cells split, "
                "%d search nodes)\n",
                solveMs, result->networkSolves, result->largestNetworkArcs, result->columnsAdded, result->cellsSplit, result->branchNodes);
    std::printf("reasons of the unassigned    %6lld ms  (%zu reasons for %zu unassigned); one assigned visit explained: %.2f ms\n",
                reasonsMs, reasons.size(), result->unassigned.size(), explainOneMs);
    std::printf("write (one undo step)        %6lld ms  (%zu changes), undo %lld ms\n", writeMs,
                Command::assignmentChanges(problem, *result).size(), undoMs);
    std::printf("total                        %6lld ms, peak memory %.0f MB\n", loadMs + solveMs + reasonsMs + writeMs, peak);
    std::printf("optimum: %d assigned, cost %.2f (%s; bound %d / %.2f), rules broken: %d\n", result->assignedCount(),
                CostBreakdown::points(result->totalCost), result->provenOptimal ? "proven" : "not proven", result->boundAssigned,
                CostBreakdown::points(result->boundCost), brokenRules(*session, *result));
    std::printf("greedy:  %d assigned, cost %.2f (%lld ms), rules broken: %d\n", baseline.assignedCount(),
                CostBreakdown::points(baseline.totalCost), greedyMs, brokenRules(*session, baseline));
    if (baseline.assignedCount() == result->assignedCount())
        std::printf("the optimum costs %.1f %% less than greedy\n",
                    100.0 * double(baseline.totalCost - result->totalCost) / double(baseline.totalCost));
    else
        std::printf("the optimum assigns %d more visits than greedy\n", result->assignedCount() - baseline.assignedCount());
    return 0;
}
