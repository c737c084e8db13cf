#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <optional>
#include <vector>

// Which yes/no standards go with a better outcome (an NPS answer 0-10, a rating) and where to
// act first. Standards in mystery shopping are strongly correlated (a friendly greeting and a
// friendly goodbye come from the same staff), so plain regression coefficients swing and even
// change sign; Johnson's relative weights (Johnson 2000, Multivariate Behavioral Research 35)
// split R² between the standards instead, stay >= 0 and share the weight of duplicates fairly.
class DriverAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(DriverAnalysis)

public:
    // A candidate standard: one value per respondent, 1 yes, 0 no, NaN not applicable or
    // unanswered, in the order of the outcome.
    struct Item
    {
        QString code;
        QString label;
        std::vector<float> values;
    };

    // The importance-performance grid, split at the mean importance and mean performance.
    enum class Quadrant
    {
        FixFirst, // important, low performance
        KeepUp, // important, high performance
        Secondary, // less important, low performance
        Overdone, // less important, high performance
    };

    struct Driver
    {
        QString code;
        QString label;
        qint64 n = 0; // respondents with both an answer to the item and an outcome
        double performance = 0; // share of yes among those n answers, 0-100
        double correlation = 0; // Pearson (point-biserial) r with the outcome over those n
        double pValue = 1; // of r: t = r√((n-2)/(1-r²)) with n - 2 df, two-sided
        double weight = 0; // Johnson's relative weight: the item's share of R², raw
        double importance = 0; // weight as % of R², >= 0, sums to 100 over the drivers
        Quadrant quadrant = Quadrant::Secondary;
    };

    struct Result
    {
        std::vector<Driver> drivers; // by importance, most important first
        double rSquared = 0; // of the outcome on all drivers; the sum of their weights
        qint64 respondents = 0; // with an outcome
        double importanceSplit = 0; // mean importance of the drivers
        double performanceSplit = 0; // mean performance of the drivers
        QStringList notes; // for the user: items left out, answers filled in
    };

    // Items with fewer than minBase answers among the respondents with an outcome, or with the
    // same answer from all of them, are left out with a note naming them. No result, and
    // *error (when given) says why, with fewer than 10 respondents with an outcome, an outcome
    // that never varies or an item whose values do not match the outcome respondent for
    // respondent.
    static std::optional<Result> analyse(const std::vector<Item>& items, const std::vector<float>& outcome,
                                         QString* error, qint64 minBase = 10);

    static constexpr qint64 minimumRespondents = 10;
};
