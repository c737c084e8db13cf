#pragma once

#include "AssignmentResult.h"
#include "CandidateLists.h"
#include "VisitExplanation.h"

#include <QCoreApplication>

#include <vector>

// Explains a result visit by visit: for an assignment, the cost breakdown and where the shopper
// ranks; for an unassigned visit, which rule excluded how many of the panel ("No shopper within
// 40 km fits the profile “age 25–45, not-customer”; 3 would qualify at 60 km.").
class AssignmentExplainer
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentExplainer)

public:
    AssignmentExplainer(const CandidateLists& lists, const AssignmentResult& result);

    // visit: a problem visit index of an open visit.
    VisitExplanation explain(int visit) const;

    // The reasons table of the unassigned visits: how many each binding rule left unassigned,
    // with one explanation as the example. Rows by descending count.
    struct Reason
    {
        AssignmentRule::Kind rule; // None: shoppers qualify, but all are needed elsewhere
        int visits = 0;
        VisitExplanation example;
    };
    std::vector<Reason> reasons() const { return reasons(unassignedExplanations()); }
    // The same from explanations already worked out (each explanation checks the whole panel).
    static std::vector<Reason> reasons(std::vector<VisitExplanation> unassigned);
    // The explanation of every unassigned visit, in the result's order.
    std::vector<VisitExplanation> unassignedExplanations() const;

    // The cost of a pair term by term, in a sentence ("S0042, 12 km away: travel 12.00 + …").
    static QString costText(const AssignmentProblem& problem, int visit, int shopper, const CostBreakdown& cost);

    // The label of a reason (AssignmentRule::label, and a words for None).
    static QString reasonLabel(AssignmentRule::Kind rule);

private:
    VisitExplanation explainAssigned(int visit, int shopper) const;
    VisitExplanation explainUnassigned(int visit) const;

    const CandidateLists& m_lists;
    const CandidateRules& m_rules;
    const AssignmentProblem& m_problem;
    const AssignmentResult& m_result;
    std::vector<int> m_shopperOf; // per problem visit, from the result
};
