#pragma once

#include "AssignmentRules.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

// One wave's assignment problem as the engine sees it, read once from the file by
// AssignmentLoader: the wave's visits (open ones to assign, fixed ones that stay), the panel, and
// the history the lockout and the manager cost look at. Dates are Julian day numbers; a visit
// without a planned date may fall on any day of its wave. Shoppers' personal data is not read.
struct AssignmentProblem
{
    static constexpr int noDay = std::numeric_limits<int>::min();

    struct Wave
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString status;
        int firstDay = 0;
        int lastDay = 0;
    };

    struct Location
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString channel;
        QString brand;
        QString city;
        QString cityKey; // the city folded for comparison; empty when unknown
        bool hasCoordinates = false;
        double latitude = 0;
        double longitude = 0;
        std::array<double, 3> unit{}; // the point on the unit sphere, for fast distances
        bool competitor = false;
        bool inPerson = true; // the shopper goes there (its channel is one of the in-person channels)
        int brandIndex = -1;  // into brands; -1 without a brand
        int manager = -1;     // into managers; -1 without a manager e-mail
    };

    struct Scenario
    {
        qint64 id = 0;
        QString code;
        QString title; // in the programme's source language
        double fee = 0;
        std::optional<int> expectedMinutes;
        std::optional<int> minAge;
        std::optional<int> maxAge;
        QString gender; // empty: any
        QStringList languages;
        QStringList tags;
        std::vector<int> traits; // required languages and tags, as indexes into traitNames
        bool demanding = false;  // the rating preference applies
    };

    // A visit the shopper made (or holds) that the lockout and the manager cost look at.
    struct PastVisit
    {
        int location = 0;
        int firstDay = 0; // the day it was made, else its planned date, else its wave's days
        int lastDay = 0;
        int wave = -1;  // index into waves
        int visit = -1; // the problem's visit for a fixed visit of this wave, else -1
    };

    struct Shopper
    {
        qint64 id = 0;
        QString code;
        int birthYear = 0; // 0: unknown
        QString gender;
        QString homeCity;
        QString cityKey;
        bool hasHome = false;
        double latitude = 0;
        double longitude = 0;
        std::array<double, 3> unit{};
        int capacityPerWave = 0;
        int capacityPerDay = 0;
        QString status;
        std::optional<double> rating;
        int fixedInWave = 0; // visits of this wave the shopper holds that the engine keeps
        // Ranges [begin, end) into the flat arrays below.
        int traitsBegin = 0, traitsEnd = 0;
        int unavailableBegin = 0, unavailableEnd = 0;
        int conflictsBegin = 0, conflictsEnd = 0;
        int historyBegin = 0, historyEnd = 0;
        int managersBegin = 0, managersEnd = 0;
        int fixedDaysBegin = 0, fixedDaysEnd = 0;
    };

    struct Visit
    {
        qint64 id = 0;
        int location = 0;
        int scenario = 0;
        int slot = 1;
        int day = noDay;
        QString daypart;
        QString status;
        int shopper = -1; // index into shoppers; -1 without one
        QString assignedBy;
        bool locked = false;
        bool open = false; // the engine assigns it (planned, or re-planned: see AssignmentLoader)
    };

    AssignmentRules rules;
    int lockoutDays = 0; // in effect (the rules' own, else the programme's)
    std::vector<Wave> waves; // every wave of the programme, by start date
    int current = 0;         // the wave being assigned, as an index into waves
    std::vector<Location> locations;
    std::vector<Scenario> scenarios;
    std::vector<Shopper> shoppers;
    std::vector<Visit> visits; // every visit of the wave except cancelled ones, by id

    QStringList traitNames; // "language:lv", "tag:has-car"
    QStringList brands;
    QStringList managers;
    // The flat arrays the shoppers' ranges point into, each sorted.
    std::vector<int> traits;                       // trait indexes
    std::vector<std::pair<int, int>> unavailable;  // first and last day
    std::vector<int> conflicts;                    // a location index, or -1 - brand index
    std::vector<PastVisit> history;                // other waves' visits and this wave's fixed ones
    std::vector<std::pair<int, int>> managerVisits; // manager index, visits in the look-back
    std::vector<std::pair<int, int>> fixedDays;     // day, fixed visits on it

    QHash<qint64, int> visitById;
    QHash<qint64, int> shopperById;

    const Wave& wave() const { return waves[size_t(current)]; }
    // The first and last day a visit may fall on.
    std::pair<int, int> visitDays(const Visit& visit) const
    {
        return visit.day == noDay ? std::pair{wave().firstDay, wave().lastDay} : std::pair{visit.day, visit.day};
    }
    // Whether two visits to these locations count as "the same place" for the lockout.
    bool sameLockoutGroup(int locationA, int locationB) const;
    // Whether two visits to the same lockout group are too close: days apart (ranges: their
    // nearest days) fewer than the lockout days, or waves apart at most the lockout waves.
    bool tooClose(int firstA, int lastA, int waveA, int firstB, int lastB, int waveB) const;
    // The shopper's age in the year the wave starts (birth years are all the panel keeps);
    // nothing when the birth year is unknown.
    std::optional<int> age(const Shopper& shopper) const;
    // Visits of this wave the shopper holds on a day, that the engine keeps.
    int fixedOnDay(const Shopper& shopper, int day) const;
    // Earlier visits of the shopper to the manager's locations within the look-back.
    int managerVisitCount(const Shopper& shopper, int manager) const;
    bool hasTrait(const Shopper& shopper, int trait) const;
    int openVisitCount() const;
};
