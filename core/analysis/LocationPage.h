#pragma once

#include "ChartData.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A branch manager's one-pager of a location in a wave: its score against the network's, its
// sections beside the network's, its trend over the waves and the shoppers' comments (the
// report's comment, the comments on answers and the open answers: their words only, no shopper
// is named or coded on a client's page).
struct LocationPage
{
    struct Comment
    {
        QString date;
        QString scenario;
        QString question; // the question a comment or open answer belongs to; empty: the report's own comment
        QString text;
    };

    QString code;
    QString name;
    QString region;
    std::optional<double> score;
    qint64 visits = 0;
    std::optional<double> networkScore;
    int rank = 0; // among the ranked locations (at least the small-base threshold of visits), 0 unranked
    int ranked = 0;
    ChartData sections; // the location and the network, per section
    ChartData trend; // the location over the waves, with the network
    QList<Comment> comments;
};
