#pragma once

#include "AssignmentResult.h"
#include "CandidateLists.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

// Assigns a wave's open visits optimally: as many visits as possible get a shopper and, among
// all assignments with that many, the total cost is the lowest (docs/assignment.md explains the
// model and why the result is optimal).
//
// The model is a min-cost flow (AssignmentNetwork, LEMON's network simplex) over a few
// candidates per visit; the flow's duals then show whether any left-out shopper would do better,
// and such pairs are added until none would (column generation), so pruning candidates never
// costs optimality. CellSolver solves it with one node per (location, scenario) and then matches
// shoppers to the visits' dates; when that match is complete the result is optimal. Otherwise
// VisitSolver solves it per visit with a branch-and-bound search for the rule one network cannot
// hold together with the others (the lockout between open visits, or the capacity per day).
class AssignmentSolver
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentSolver)

public:
    enum class Layer {
        Automatic,     // lockout groups when the lockout is on, else days
        Days,          // daily capacity in the network, the lockout within the wave searched
        LockoutGroups, // one visit per shopper and lockout group in the network, days searched
    };
    struct Options
    {
        int candidatesPerVisit = 0; // 0: the rules' search.candidates_per_visit
        bool cells = true;          // try the cell network first
        Layer layer = Layer::Automatic; // of the visit network
        int branchNodeLimit = 200;  // networks the exact search may solve after the first dive
        // The per-visit search runs when the cells cannot be matched to dates and the wave has at
        // most this many open visits; beyond, the cells' assignment is kept with the bound.
        int exactSearchVisits = 3000;
    };
    using Progress = std::function<void(int percent)>;

    // Nothing, with *error set, when cancelled (or on an internal failure of the flow solver).
    static std::optional<AssignmentResult> solve(const CandidateLists& lists, const Options& options,
                                                 const std::atomic<bool>* cancel, const Progress& progress, QString* error);
    static std::optional<AssignmentResult> solve(const CandidateLists& lists, QString* error)
    {
        return solve(lists, Options(), nullptr, {}, error);
    }

    // The result of giving each open visit the shopper in shopperOfVisit (by problem visit,
    // -1: none), with its costs; the workload terms go to a shopper's visits in date order. Checks
    // no rule: the solver and the benchmark's greedy baseline price their assignments with it.
    static AssignmentResult resultOf(const CandidateRules& rules, const std::vector<int>& shopperOfVisit);
    // The cost of leaving one visit unassigned in the networks: above any total of assignment
    // costs, so one more assigned visit always wins.
    static qint64 unassignedCost(const CandidateRules& rules);
};
