#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

// A run of waves to create at once: monthly, quarterly, weekly or every N days, from a start
// date. Codes sort in time order and say the period (W2027-01, W2027-Q1, W2027-W03,
// W2027-01-15); names are for people (January 2027, Q1 2027, Week 3 2027).
struct WaveSeries
{
    Q_DECLARE_TR_FUNCTIONS(WaveSeries)

public:
    enum class Frequency { Monthly, Quarterly, Weekly, EveryNDays };

    struct Wave
    {
        QString code;
        QString name;
        QDate starts;
        QDate ends;
    };

    Frequency frequency = Frequency::Monthly;
    QDate start;     // monthly / quarterly: the period containing it; weekly: its week; else the first day
    int count = 12;  // 1..120
    int days = 14;   // length of a wave for EveryNDays

    // The waves, or an empty list and *error when the series makes no sense.
    std::vector<Wave> waves(QString* error) const;

    static std::optional<Frequency> frequencyFromName(const QString& name);
};
