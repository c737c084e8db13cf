#include "WaveSeries.h"

#include <QLocale>

std::optional<WaveSeries::Frequency> WaveSeries::frequencyFromName(const QString& name)
{
    if (name == QLatin1String("monthly"))
        return Frequency::Monthly;
    if (name == QLatin1String("quarterly"))
        return Frequency::Quarterly;
    if (name == QLatin1String("weekly"))
        return Frequency::Weekly;
    if (name == QLatin1String("days"))
        return Frequency::EveryNDays;
    return std::nullopt;
}

std::vector<WaveSeries::Wave> WaveSeries::waves(QString* error) const
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::vector<Wave>{};
    };
    if (!start.isValid())
        return fail(tr("the series needs a valid start date"));
    if (count < 1 || count > 120)
        return fail(tr("a series has 1 to 120 waves, not %1").arg(count));
    if (frequency == Frequency::EveryNDays && (days < 1 || days > 366))
        return fail(tr("a wave lasts 1 to 366 days, not %1").arg(days));
    // Names are in English, like the rest of the stored data; the window shows them as they are.
    const QLocale english(QLocale::English);
    std::vector<Wave> result;
    QDate from;
    switch (frequency) {
    case Frequency::Monthly: from = QDate(start.year(), start.month(), 1); break;
    case Frequency::Quarterly: from = QDate(start.year(), (start.month() - 1) / 3 * 3 + 1, 1); break;
    case Frequency::Weekly: from = start.addDays(1 - start.dayOfWeek()); break;
    case Frequency::EveryNDays: from = start; break;
    }
    for (int i = 0; i < count; ++i) {
        Wave wave;
        switch (frequency) {
        case Frequency::Monthly:
            wave.starts = from.addMonths(i);
            wave.ends = wave.starts.addMonths(1).addDays(-1);
            wave.code = QStringLiteral("W%1").arg(wave.starts.toString(QStringLiteral("yyyy-MM")));
            wave.name = QStringLiteral("%1 %2").arg(english.monthName(wave.starts.month())).arg(wave.starts.year());
            break;
        case Frequency::Quarterly: {
            wave.starts = from.addMonths(3 * i);
            wave.ends = wave.starts.addMonths(3).addDays(-1);
            const int quarter = (wave.starts.month() - 1) / 3 + 1;
            wave.code = QStringLiteral("W%1-Q%2").arg(wave.starts.year()).arg(quarter);
            wave.name = QStringLiteral("Q%1 %2").arg(quarter).arg(wave.starts.year());
            break;
        }
        case Frequency::Weekly: {
            wave.starts = from.addDays(7 * i);
            wave.ends = wave.starts.addDays(6);
            int weekYear = 0;
            const int week = wave.starts.weekNumber(&weekYear);
            wave.code = QStringLiteral("W%1-W%2").arg(weekYear).arg(week, 2, 10, QLatin1Char('0'));
            wave.name = QStringLiteral("Week %1 %2").arg(week).arg(weekYear);
            break;
        }
        case Frequency::EveryNDays:
            wave.starts = from.addDays(qint64(days) * i);
            wave.ends = wave.starts.addDays(days - 1);
            wave.code = QStringLiteral("W%1").arg(wave.starts.toString(Qt::ISODate));
            wave.name = QStringLiteral("%1 – %2").arg(english.toString(wave.starts, QStringLiteral("d MMM yyyy")),
                                                      english.toString(wave.ends, QStringLiteral("d MMM yyyy")));
            break;
        }
        result.push_back(wave);
    }
    return result;
}
