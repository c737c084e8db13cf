#pragma once

#include "AssignmentNetwork.h"
#include "CandidateLists.h"

#include <atomic>
#include <unordered_map>
#include <vector>

// The fast stage of AssignmentSolver. The open visits of one (location, scenario), a cell, cost
// the same with any shopper, so the network has one node per cell supplying one unit per visit
// (a branch with ten visits a wave is one node, not ten). A shopper's arc to a cell exists when
// the shopper may take at least one of its visits, and carries one visit when the lockout makes
// it one per shopper and place (else as many as the shopper may take). This network is a
// relaxation of the real problem; its optimum is the bound. disaggregate() then gives each
// flow unit a visit of its cell on a date the shopper may take (a bipartite matching per cell,
// minding the capacity per day across cells). When every unit finds one, the assignment costs
// exactly the bound and is optimal.
class CellSolver
{
public:
    CellSolver(const CandidateLists& lists, int candidatesPerVisit, const std::atomic<bool>* cancel);

    // Solves the cell network to optimality over all pairs (column generation); false when
    // cancelled or the flow solver failed.
    bool solve();
    qint64 objective() const { return m_objective; }

    // The shopper of every problem visit (-1: none). True when every flow unit found a visit;
    // else *failed lists the units where some did not.
    bool disaggregate(std::vector<int>* shopperOfVisit, std::vector<size_t>* failed) const;
    // Splits these units into one unit per visit, so that the network itself minds each visit's
    // date; false when they are single visits already. solve() again afterwards.
    bool split(const std::vector<size_t>& units);
    // Per problem visit, the shoppers its cell's network knew: a start for VisitSolver.
    std::vector<std::vector<int>> seeds() const;

    int networkSolves() const { return m_solves; }
    int cellsSplit() const { return m_split; }
    int columnsAdded() const { return m_columnsAdded; }
    qint64 largestNetworkArcs() const { return m_largestNetwork; }

private:
    struct Cell
    {
        int list = 0;            // its candidate list in CandidateLists
        int group = -1;          // its lockout group
        std::vector<int> visits; // open problem visits
        int key = -1;            // lockout group shared with other cells, else -1
        bool onePerShopper = false;
        std::vector<AssignmentNetwork::Candidate> candidates;
        std::vector<int> flow; // per candidate, after solve()
    };

    // How many of the cell's visits the shopper may take (0: none); with onePerShopper at most 1.
    int capacity(const Cell& cell, int shopper) const;
    int priceOut(const AssignmentNetwork& network);
    // Matches the cell's flow units to its visits; false when some unit found none.
    bool match(const Cell& cell, std::vector<int>* shopperOfVisit, std::unordered_map<long long, int>* dayUsed,
               std::unordered_map<int, std::vector<int>>* given) const;

    const CandidateLists& m_lists;
    const CandidateRules& m_rules;
    const AssignmentProblem& m_problem;
    const std::atomic<bool>* m_cancel;
    std::vector<Cell> m_cells;
    std::vector<int> m_stamp;
    qint64 m_unassignedCost = 0;
    qint64 m_objective = 0;
    int m_solves = 0;
    int m_split = 0;
    int m_columnsAdded = 0;
    qint64 m_largestNetwork = 0;
};
