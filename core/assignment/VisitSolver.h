#pragma once

#include "AssignmentNetwork.h"
#include "AssignmentSolver.h"

#include <optional>
#include <utility>
#include <vector>

// The exact stage of AssignmentSolver: one network node per open visit, so every rule that
// depends on a visit's date is exact in the network, plus a branch-and-bound search for the
// rule the network leaves out (the daily capacity or the lockout within the wave, see
// AssignmentSolver::Layer). It is slower than CellSolver and runs when the cells' flow could not
// be turned into visits, or when asked to.
class VisitSolver
{
public:
    // seeds: per problem visit, shoppers to start with besides the cheapest of its list.
    VisitSolver(const CandidateLists& lists, const AssignmentSolver::Options& options, const std::atomic<bool>* cancel,
                const AssignmentSolver::Progress& progress, const std::vector<std::vector<int>>& seeds = {});

    std::optional<AssignmentResult> solve(QString* error);

private:
    // One network's optimum: the shopper of each open visit (-1: none) and the flow's objective
    // (each unassigned visit counts the unassigned cost).
    struct Solution
    {
        qint64 objective = 0;
        std::vector<int> shopper;
        std::vector<qint64> cost; // the pair cost of each assignment
    };
    // Open visits of one shopper that a rule outside the network forbids together: at most
    // `capacity` of `members` may stay.
    struct Violation
    {
        int shopper;
        std::vector<int> members; // open visits (local indexes)
        int capacity;
    };

    void setUp(AssignmentSolver::Layer layer, const std::vector<std::vector<int>>& seeds);
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void report(int percent) const
    {
        if (m_progress)
            m_progress(percent);
    }
    // The network's optimum over every eligible pair not forbidden (column generation).
    std::optional<Solution> solveNetwork();
    int priceOut(const AssignmentNetwork& network);
    std::vector<Violation> violations(const Solution& solution) const;
    // One greedy step down the search: per shopper keep the cheapest visits that fit together.
    void diveStep(const Solution& solution, std::vector<std::pair<int, int>>* forbidden);
    void forbid(int local, int shopper);
    void allow(int local, int shopper);
    bool search(const Solution& node, Solution* best);
    bool sameExactGroup(int a, int b) const
    {
        return m_groupLayer && m_key[size_t(a)] >= 0 && m_key[size_t(a)] == m_key[size_t(b)];
    }

    const CandidateLists& m_lists;
    const CandidateRules& m_rules;
    const AssignmentProblem& m_problem;
    const std::atomic<bool>* m_cancel;
    AssignmentSolver::Progress m_progress;
    int m_perVisit;
    int m_nodeLimit;

    bool m_groupLayer = false;
    std::vector<int> m_open; // problem visit index of each open visit
    std::vector<int> m_key;  // its middle-node key in the network, -1 for none
    std::vector<std::vector<AssignmentNetwork::Candidate>> m_candidates;
    std::vector<std::vector<int>> m_forbidden; // shoppers forbidden per open visit, by the search
    std::vector<int> m_stamp;                  // per shopper: the open visit last marked
    qint64 m_unassignedCost = 0;

    int m_solves = 0;
    int m_columnsAdded = 0;
    int m_nodes = 0;
    bool m_searchComplete = true;
    qint64 m_largestNetwork = 0;
};
