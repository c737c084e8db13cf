#pragma once

#include "ChartData.h"

#include <QList>
#include <QString>
#include <optional>

// The dashboard of a wave: the overall score with its change since the previous wave, the
// score by region, the section profile, and the recognition and training lists, each with the
// number of visits behind it.
struct DashboardData
{
    struct Ranked
    {
        QString code; // a location's code (empty for staff)
        QString name; // the location's name, or the staff description and its location
        double score = 0;
        qint64 n = 0;
        bool operator==(const Ranked&) const = default;
    };

    QString title;
    QString waveName;
    QString previousWaveName; // empty when the wave is the first
    std::optional<double> score;
    qint64 visits = 0;
    std::optional<double> margin;
    std::optional<double> change; // vs the previous wave, in points
    bool significant = false;
    std::optional<double> target;
    qint64 locations = 0; // locations with a counted visit
    ChartData byRegion;
    ChartData sections;
    QList<Ranked> topLocations; // recognition (bases of at least the small-base threshold)
    QList<Ranked> bottomLocations; // training
    QList<Ranked> topStaff;
    QList<Ranked> bottomStaff;
    int staffMinimumVisits = 2;
};
