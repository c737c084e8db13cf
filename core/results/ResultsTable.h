#pragma once

#include "ResultsQuery.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

// The answer to a ResultsQuery: one cell per group (and per category for a distribution) with
// its base, value, margin of error at the query's confidence and small-base flag, in the
// natural order of the groups (waves by start, places by name, sections and questions in form
// order). Values are in points: scores and shares 0-100, NPS -100..100.
struct ResultsTable
{
    Q_DECLARE_TR_FUNCTIONS(ResultsTable)

public:
    // What a mean score is taken of.
    enum class Level
    {
        Visit,
        Section,
        Question
    };

    struct Key
    {
        QString code; // what a filter or a chart's category takes: a wave's code, a region's name...
        QString label; // what a reader sees, where it differs: a wave's name, a question's text
    };

    struct Cell
    {
        std::vector<int> keys; // per dimension of `by`: the index into keys[dimension]
        QString category; // distribution: the option code, scale point or score band
        QString categoryLabel;
        qint64 n = 0; // the base: visits, section or question scores, or answers
        qint64 count = 0; // yes answers (yes share), answers in the category (distribution)
        qint64 promoters = 0; // NPS: 9-10
        qint64 passives = 0; // 7-8
        qint64 detractors = 0; // 0-6
        std::optional<double> value; // mean score, share of yes, NPS or the category's share
        std::optional<double> sd; // mean scores: the standard deviation of the visits' scores
        std::optional<double> margin;
        std::optional<double> low;
        std::optional<double> high;
        bool smallBase = false; // n below the programme's small-base threshold
    };

    ResultsQuery query;
    QList<ResultsQuery::Dimension> by; // the query's, and question where the measure is per question
    Level level = Level::Visit;
    int smallBaseThreshold = 5;
    std::vector<std::vector<Key>> keys; // per dimension of `by`
    QList<Cell> cells;

    const Key& key(const Cell& cell, int dimension) const
    {
        return keys[size_t(dimension)][size_t(cell.keys[size_t(dimension)])];
    }

    static QString levelKey(Level level); // "visit", "section", "question"

    // Header and rows, as `scores --format csv` prints them.
    QList<QStringList> toRows() const;
    QJsonObject toJson() const;
};
