#pragma once

#include "AssignmentRule.h"
#include "CostBreakdown.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// Why one open visit got its shopper, or why it got none (AssignmentExplainer makes these).
struct VisitExplanation
{
    // One step of the funnel: the shoppers a rule removed and those left after it.
    struct Stage
    {
        AssignmentRule::Kind rule;
        int excluded = 0;
        int remaining = 0;
    };

    int visit = -1;
    int shopper = -1; // -1: unassigned
    QString text;     // one or two sentences for people

    // Assigned: the cost term by term, its rank among the shoppers who may take the visit (1 =
    // the cheapest pair; a cheaper one was needed elsewhere), and the next cheapest of them.
    CostBreakdown cost;
    int rank = 0;
    int eligible = 0; // shoppers who keep every rule for this visit (before this run's other visits)
    int runnerUp = -1;
    qint64 runnerUpCost = 0; // its pair cost

    // For a visit as the file has it (AssignmentSession::explainInFile): the hard rules its
    // shopper breaks now (given by hand, or the rules or the panel changed since) and the soft
    // rules the choice weighs against.
    QStringList brokenRules;
    QStringList warnings;

    // Unassigned: the panel through the rules in order, the rule that left nobody (None when
    // eligible shoppers exist but all are needed for other visits of the run), and, when the
    // distance decided, how many would qualify with a wider limit.
    int panel = 0;
    std::vector<Stage> funnel;
    AssignmentRule::Kind binding = AssignmentRule::None;
    std::optional<double> widerKm;
    int qualifyWider = 0;
};
