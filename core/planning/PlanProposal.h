#pragma once

#include "PlanRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// What the visit generator proposes for one wave, before anything is written: the new visits,
// the planned visits they replace, and the quota check the user looks at first.
struct PlanProposal
{
    Q_DECLARE_TR_FUNCTIONS(PlanProposal)

public:
    struct Visit
    {
        qint64 locationId = 0;
        qint64 scenarioId = 0;
        int slot = 1;
        QDate date;
        QString daypart;
    };

    // One line of the quota check: in a scope (everything, one region or one scenario), how many
    // visits a cell (e.g. Saturday, evening, week 2) was asked to get and how many it got.
    struct Check
    {
        QString dimension; // weekday, daypart, week, visits
        QString scope;     // empty = the whole wave; "region:NAME" or "scenario:CODE"
        QString cell;      // weekday 1-7, daypart code, week number, or empty for "visits"
        double asked = 0;
        int achieved = 0;
        bool holds() const { return std::abs(asked - achieved) <= 1.0 + 1e-9; }
        // What the window and the command line call the cell ("Saturday", "Evening", "Week 2").
        QString cellLabel() const;
        // What they call a scope ("The whole wave", "Region: Rīga", "Scenario: MORTGAGE").
        static QString scopeLabel(const QString& scope);
    };

    qint64 waveId = 0;
    QString waveCode;
    QString waveName;
    QDate starts;
    QDate ends;
    int waveIndex = 0; // position in the programme's waves by start date, for rotation
    quint64 seed = 1;
    PlanRules rules;

    std::vector<Visit> visits;    // new visits to insert
    QList<qint64> replacedVisits; // planned visits of the wave that the new ones replace
    int keptVisits = 0;           // visits kept: assigned, done, locked or with a report
    int locations = 0;            // locations in the plan
    double budget = 0;            // scenario fees of every visit in the plan (kept and new)
    QStringList notes;            // things the user should know that do not stop the plan
    std::vector<Check> checks;

    int totalVisits() const { return int(visits.size()) + keptVisits; }
    bool quotasHold() const
    {
        for (const Check& check : checks)
            if (check.scope.isEmpty() && !check.holds())
                return false;
        return true;
    }
};
