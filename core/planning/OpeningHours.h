#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Opening hours of one weekday: none (closed), one interval, or several (split hours such as
// 09:00–12:00 and 13:00–18:00). Times are "HH:MM" as stored; 24:00 may close a day.
class OpeningHours
{
    Q_DECLARE_TR_FUNCTIONS(OpeningHours)

public:
    struct Interval
    {
        QString opens;
        QString closes;
        bool operator==(const Interval&) const = default;
    };
    using Day = QList<Interval>;
    enum class Style {
        Display, // 09:00–12:00, 13:00–18:00 (what a form shows)
        Csv      // 09:00-12:00;13:00-18:00 (what an export writes)
    };

    // Reads a day as people write it: "09:00-17:00", "9-17", "09.00–12.00, 13:00–18:00",
    // "09:00-12:00;13:00-18:00". Empty, "closed" (or the word in the programme's languages) and
    // "-" mean closed. False, with *error saying what is wrong ("18:00 is not after 19:00"),
    // when it cannot be read or does not make sense.
    static bool parseDay(const QString& text, Day* day, QString* error);
    static QString formatDay(const Day& day, Style style);

    // 1 = Monday ... 7 = Sunday, as in the project file.
    static QString weekdayName(int weekday);
    static QString weekdayKey(int weekday); // "mon" ... "sun"
};
