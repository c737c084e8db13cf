#pragma once

#include "AssignmentProblem.h"
#include "AssignmentRule.h"
#include "CostBreakdown.h"

#include <QCoreApplication>
#include <QList>

#include <climits>
#include <optional>
#include <vector>

// The hard rules and the soft costs of one (visit, shopper) pair, as docs/assignment.md defines
// them. Everything the engine, its explanations and a manual choice say about a pair comes from
// here. Indexes are into the problem's visits and shoppers.
class CandidateRules
{
    Q_DECLARE_TR_FUNCTIONS(CandidateRules)

public:
    explicit CandidateRules(const AssignmentProblem& problem);

    const AssignmentProblem& problem() const { return m_problem; }

    // The first rule (in AssignmentRule order) the pair breaks, or AssignmentRule::None. Capacity
    // counts the shopper's fixed visits only: visits this run gives the shopper are the solver's.
    AssignmentRule::Kind firstBroken(int visit, int shopper) const;

    // The single rules.
    bool isActive(int shopper) const;
    bool fitsProfile(int scenario, int shopper) const;
    // The distance as the rules count it: km on coordinates, same_city_km for a shopper of the same
    // city when either side has none; nothing when the shopper is out of reach. limitKm overrides
    // the rules' limit (explanations ask "who would qualify at 60 km?"); remote channels give 0 km.
    std::optional<double> reach(int location, int shopper) const;
    std::optional<double> reachWithin(int location, int shopper, std::optional<double> limitKm) const;
    bool isAvailable(int visit, int shopper) const;
    bool isConflictFree(int location, int shopper) const;
    // Not locked out by a visit of another wave or a visit of this wave the engine keeps.
    bool isClearOfLockout(int visit, int shopper) const;
    // Visits the shopper may still take in the wave and on the visit's day besides the fixed ones
    // (INT_MAX when the rule is off or the visit has no date).
    int waveRoom(int shopper) const;
    int dayRoom(int shopper, int day) const;
    // Whether two open visits may not both go to one shopper (the lockout within the wave).
    bool lockOutEachOther(int visitA, int visitB) const;

    // The distance limit of the location's channel; nothing for none.
    std::optional<double> limitFor(int location) const;

    // Costs: the pair's terms (workload 0) and the workload term of a shopper's n-th visit.
    CostBreakdown cost(int visit, int shopper) const;
    qint64 pairCost(int visit, int shopper) const { return cost(visit, shopper).pairCost(); }
    qint64 workloadCost(int nthVisit) const;
    qint64 feeCost(int scenario) const;
    qint64 ratingCost(int scenario, int shopper) const;
    qint64 travelCost(double km) const;
    qint64 managerCost(int location, int shopper) const;
    // An upper bound of any pair's cost plus its largest workload term.
    qint64 maxAssignmentCost() const { return m_maxAssignmentCost; }

    // "age 25–45, female, speaks lv, not-customer"; "any shopper" without requirements.
    QString profileText(int scenario) const;
    // Why the pair breaks the rule, in a sentence for the person choosing by hand.
    QString reason(AssignmentRule::Kind rule, int visit, int shopper) const;

private:
    bool computeProfile(int scenario, int shopper) const;

    const AssignmentProblem& m_problem;
    std::vector<std::vector<char>> m_profileFits; // per scenario, per shopper
    qint64 m_maxAssignmentCost = 0;
};
