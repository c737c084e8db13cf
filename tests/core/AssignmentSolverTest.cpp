#include "assignment/AssignmentLoader.h"
#include "assignment/AssignmentSolver.h"
#include "project/Project.h"
#include "support/AssignmentFixture.h"
#include "support/TestProject.h"

#include <gtest/gtest.h>

#include <map>

// The solver against an exhaustive search on small random programmes: the same number of
// visits assigned and the same total cost, for every way the solver can be run.

namespace {
struct Optimum
{
    int assigned = -1;
    qint64 cost = 0;
};

// Tries every assignment of the open visits (a shopper or none) that keeps every rule, checked
// here on its own: per pair through CandidateRules, and the capacities and the lockout between
// the run's own visits by counting.
class BruteForce
{
public:
    explicit BruteForce(const CandidateRules& rules)
        : m_rules(rules)
        , m_problem(rules.problem())
    {
        for (int v = 0; v < int(m_problem.visits.size()); ++v)
            if (m_problem.visits[size_t(v)].open)
                m_open.push_back(v);
        m_given.resize(m_problem.shoppers.size());
    }

    Optimum run()
    {
        search(0, 0, 0);
        return m_best;
    }

private:
    void search(size_t next, int assigned, qint64 cost)
    {
        if (assigned + int(m_open.size() - next) < m_best.assigned)
            return;
        if (next == m_open.size()) {
            if (assigned > m_best.assigned || (assigned == m_best.assigned && cost < m_best.cost))
                m_best = {assigned, cost};
            return;
        }
        const int v = m_open[next];
        const int day = m_problem.visits[size_t(v)].day;
        for (int s = 0; s < int(m_problem.shoppers.size()); ++s) {
            if (m_rules.firstBroken(v, s) != AssignmentRule::None)
                continue;
            auto& given = m_given[size_t(s)];
            if (int(given.size()) + 1 > m_rules.waveRoom(s))
                continue;
            int sameDay = 0;
            bool lockedOut = false;
            for (int w : given) {
                sameDay += day != AssignmentProblem::noDay && m_problem.visits[size_t(w)].day == day ? 1 : 0;
                lockedOut = lockedOut || m_rules.lockOutEachOther(v, w);
            }
            if (lockedOut || (day != AssignmentProblem::noDay && sameDay + 1 > m_rules.dayRoom(s, day)))
                continue;
            const int nth = m_problem.shoppers[size_t(s)].fixedInWave + int(given.size()) + 1;
            given.push_back(v);
            search(next + 1, assigned + 1, cost + m_rules.pairCost(v, s) + m_rules.workloadCost(nth));
            given.pop_back();
        }
        search(next + 1, assigned, cost);
    }

    const CandidateRules& m_rules;
    const AssignmentProblem& m_problem;
    std::vector<int> m_open;
    std::vector<std::vector<int>> m_given;
    Optimum m_best;
};

AssignmentFixture::Shape shapeFor(quint64 seed)
{
    AssignmentFixture::Shape shape;
    shape.locations = 2 + int(seed % 3);
    shape.shoppers = 3 + int(seed % 4);
    shape.openVisits = 4 + int(seed % 4);
    shape.fixedVisits = int(seed % 3);
    shape.historyVisits = 2 + int(seed % 5);
    return shape;
}
} // namespace

TEST(AssignmentSolver, MatchesExhaustiveSearchOnRandomProgrammes)
{
    TestFolder folder;
    int provenByCells = 0;
    int withUnassigned = 0;
    for (quint64 seed = 1; seed <= 150; ++seed) {
        qint64 waveId = 0;
        AssignmentRules rules;
        auto project = AssignmentFixture::write(folder.path(QStringLiteral("random-%1.shopscope").arg(seed)), seed,
                                                shapeFor(seed), &waveId, &rules);
        ASSERT_TRUE(project);
        QString error;
        const auto problem = AssignmentLoader::load(project->database(), waveId, rules, &error);
        ASSERT_TRUE(problem) << error.toStdString();
        const CandidateRules candidateRules(*problem);
        const Optimum optimum = BruteForce(candidateRules).run();
        withUnassigned += optimum.assigned < problem->openVisitCount() ? 1 : 0;

        struct Way
        {
            const char* name;
            bool cells;
            AssignmentSolver::Layer layer;
        };
        for (const Way& way : {Way{"cells", true, AssignmentSolver::Layer::Automatic},
                               Way{"visits by day", false, AssignmentSolver::Layer::Days},
                               Way{"visits by lockout group", false, AssignmentSolver::Layer::LockoutGroups}}) {
            const CandidateLists lists(candidateRules, seed);
            AssignmentSolver::Options options;
            options.cells = way.cells;
            options.layer = way.layer;
            options.branchNodeLimit = 100000;
            const auto result = AssignmentSolver::solve(lists, options, nullptr, {}, &error);
            ASSERT_TRUE(result) << error.toStdString();
            EXPECT_EQ(result->assignedCount(), optimum.assigned) << "seed " << seed << ", " << way.name;
            EXPECT_EQ(result->totalCost, optimum.cost) << "seed " << seed << ", " << way.name;
            EXPECT_TRUE(result->provenOptimal) << "seed " << seed << ", " << way.name;
            EXPECT_GE(result->boundAssigned, result->assignedCount()) << "seed " << seed << ", " << way.name;
            if (result->boundAssigned == result->assignedCount()) {
                EXPECT_LE(result->boundCost, result->totalCost) << "seed " << seed << ", " << way.name;
            }
            if (way.cells && result->networkSolves > 0 && result->branchNodes == 0)
                ++provenByCells;
        }
    }
    // The instances are not all trivial: some leave visits unassigned.
    EXPECT_GT(withUnassigned, 10);
}

// Instances too big for the exhaustive search: the solver run in different ways (the cells
// network with one first candidate per visit, which leaves nearly everything to the pricing
// step, or with all of them; the per-visit network with its branch-and-bound search) never
// claims an optimum another way beats, never beats its own bound, and proves the optimum on
// most instances within the default search limit.
TEST(AssignmentSolver, NoWayBeatsAProvenOptimumOnLargerProgrammes)
{
    TestFolder folder;
    int proven = 0;
    int runs = 0;
    for (quint64 seed = 1; seed <= 30; ++seed) {
        AssignmentFixture::Shape shape;
        shape.locations = 8;
        shape.shoppers = 30;
        shape.openVisits = 60;
        shape.fixedVisits = 5;
        shape.historyVisits = 20;
        qint64 waveId = 0;
        AssignmentRules rules;
        auto project = AssignmentFixture::write(folder.path(QStringLiteral("larger-%1.shopscope").arg(seed)), seed, shape, &waveId, &rules);
        ASSERT_TRUE(project);
        QString error;
        const auto problem = AssignmentLoader::load(project->database(), waveId, rules, &error);
        ASSERT_TRUE(problem) << error.toStdString();
        const CandidateRules candidateRules(*problem);
        const CandidateLists lists(candidateRules, seed);
        struct Way
        {
            const char* name;
            bool cells;
            int candidates;
        };
        std::vector<std::pair<const char*, AssignmentResult>> results;
        for (const Way& way : {Way{"cells, one candidate", true, 1}, Way{"cells, every candidate", true, 10000},
                               Way{"visits by lockout group", false, 1}}) {
            AssignmentSolver::Options options;
            options.cells = way.cells;
            options.layer = AssignmentSolver::Layer::LockoutGroups;
            options.candidatesPerVisit = way.candidates;
            const auto result = AssignmentSolver::solve(lists, options, nullptr, {}, &error);
            ASSERT_TRUE(result) << error.toStdString();
            results.push_back({way.name, *result});
        }
        auto better = [](const AssignmentResult& a, const AssignmentResult& b) {
            return a.assignedCount() > b.assignedCount() || (a.assignedCount() == b.assignedCount() && a.totalCost < b.totalCost);
        };
        const AssignmentResult* best = &results.front().second;
        for (const auto& [name, result] : results)
            if (better(result, *best))
                best = &result;
        for (const auto& [name, result] : results) {
            ++runs;
            proven += result.provenOptimal ? 1 : 0;
            if (result.provenOptimal) {
                EXPECT_EQ(result.assignedCount(), best->assignedCount()) << "seed " << seed << ", " << name;
                EXPECT_EQ(result.totalCost, best->totalCost) << "seed " << seed << ", " << name;
            }
            EXPECT_GE(result.boundAssigned, best->assignedCount()) << "seed " << seed << ", " << name;
            if (result.boundAssigned == best->assignedCount()) {
                EXPECT_LE(result.boundCost, best->totalCost) << "seed " << seed << ", " << name;
            }
        }
    }
    EXPECT_GE(proven, runs * 8 / 10) << proven << " of " << runs << " runs proven optimal";
}

TEST(AssignmentSolver, ReportsProgressAndStopsWhenCancelled)
{
    TestFolder folder;
    qint64 waveId = 0;
    AssignmentRules rules;
    auto project = AssignmentFixture::write(folder.path(QStringLiteral("cancel.shopscope")), 5, AssignmentFixture::Shape(), &waveId, &rules);
    ASSERT_TRUE(project);
    QString error;
    std::atomic<bool> cancel{true};
    EXPECT_FALSE(AssignmentLoader::load(project->database(), waveId, rules, AssignmentLoader::Options(), &cancel, {}, &error));
    EXPECT_EQ(error, QStringLiteral("cancelled"));

    const auto problem = AssignmentLoader::load(project->database(), waveId, rules, &error);
    ASSERT_TRUE(problem);
    const CandidateRules candidateRules(*problem);
    const CandidateLists cancelledLists(candidateRules, 1, &cancel);
    EXPECT_FALSE(cancelledLists.complete());
    error.clear();
    EXPECT_FALSE(AssignmentSolver::solve(cancelledLists, &error));
    EXPECT_EQ(error, QStringLiteral("cancelled"));

    const CandidateLists lists(candidateRules, 1);
    for (const bool cells : {true, false}) {
        AssignmentSolver::Options options;
        options.cells = cells;
        error.clear();
        EXPECT_FALSE(AssignmentSolver::solve(lists, options, &cancel, {}, &error));
        EXPECT_EQ(error, QStringLiteral("cancelled"));
        std::vector<int> reported;
        EXPECT_TRUE(AssignmentSolver::solve(lists, options, nullptr, [&](int percent) { reported.push_back(percent); }, &error));
        ASSERT_FALSE(reported.empty());
        EXPECT_TRUE(std::is_sorted(reported.begin(), reported.end())) << "progress only goes forward";
        EXPECT_GE(reported.back(), 95);
    }
}
