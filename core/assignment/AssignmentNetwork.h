#pragma once

#include <QtGlobal>

#include <functional>
#include <unordered_map>
#include <vector>

// The min-cost flow model of assignment, solved with LEMON's network simplex:
//
//   unit --(candidate arc: pair cost)--> [shopper x key] --(key capacity)--> shopper --> sink
//     \--------------------------(unassigned: a cost above any assignment)-------------/
//
// A unit is one open visit, or several that are alike (a cell: same location and scenario), and
// supplies one flow unit per visit. The middle node (shopper, key) carries a capacity per day
// (key = the visit's day) or one visit per lockout group (key = the group); a unit with key -1
// goes straight to the shopper. Parallel shopper -> sink arcs of capacity 1 cost the workload
// term of the shopper's next visit, so their rising cost spreads the work exactly. After run(),
// potentials() give the duals the solver uses to prove no left-out pair would improve the result
// (docs/assignment.md).
class AssignmentNetwork
{
public:
    struct Candidate
    {
        int shopper;
        qint64 cost;
        int capacity = 1; // visits of the unit the shopper may take
    };
    struct Unit
    {
        int key = -1; // -1: no middle node
        int supply = 1;
        std::vector<Candidate> candidates;
    };
    struct Shopper // callbacks for the shoppers that appear in candidate arcs
    {
        std::function<int(int shopper)> waveRoom;             // visits left in the wave
        std::function<int(int shopper)> fixedVisits;          // visits already held (for the workload term)
        std::function<int(int shopper, int key)> keyCapacity; // visits left for the middle node
        std::function<qint64(int nthVisit)> workloadCost;
    };

    // Builds and solves; false only when LEMON reports the model infeasible or unbounded (a bug).
    bool solve(const std::vector<Unit>& units, int shopperCount, const Shopper& shoppers, qint64 unassignedCost);

    qint64 objective() const { return m_objective; }
    qint64 arcCount() const { return m_arcCount; }
    // The flow on each unit's candidate arcs (visits of the unit the candidate takes).
    const std::vector<std::vector<int>>& flows() const { return m_flows; }

    // Duals as "cost to reach the sink": a left-out pair (visit, shopper) would improve the
    // result exactly when its cost + keyPotential(shopper, key) < unitPotential(unit).
    qint64 unitPotential(int unit) const { return m_unitPotential[size_t(unit)]; }
    // For a middle node that is not in the network, the shopper's; for a shopper that is not in
    // it, the workload term of its next visit (the duals the missing arcs would have).
    qint64 keyPotential(int shopper, int key) const;
    // The smallest keyPotential() over every shopper and key, in the network or not.
    qint64 smallestKeyPotential() const { return m_smallestPotential; }

private:
    qint64 m_objective = 0;
    qint64 m_arcCount = 0;
    std::vector<std::vector<int>> m_flows;
    std::vector<qint64> m_unitPotential;
    std::vector<qint64> m_shopperPotential; // per shopper; missing ones get their virtual value
    std::unordered_map<long long, qint64> m_keyPotential;
    qint64 m_smallestPotential = 0;
};
