#pragma once

#include "AssignmentRule.h"
#include "CostBreakdown.h"

#include <QString>
#include <QStringList>

#include <vector>

// What giving a visit to a shopper by hand would break (AssignmentSession::checkChoice): hard
// rules refuse the choice with their reasons; soft rules only warn.
struct ChoiceCheck
{
    struct Refusal
    {
        AssignmentRule::Kind rule;
        QString text;
    };

    std::vector<Refusal> refusals;
    QStringList warnings;
    CostBreakdown cost; // with the workload term the shopper's visit would carry

    bool allowed() const { return refusals.empty(); }
};
