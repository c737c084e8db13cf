#include "OpeningHours.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// "9", "09", "9:30", "09.30" -> "09:30"; empty when it is no time of day (24:00 only closes).
QString timeOf(const QString& hours, const QString& minutes, bool closing)
{
    const int h = hours.toInt();
    const int m = minutes.isEmpty() ? 0 : minutes.toInt();
    if (m > 59 || h > 24 || (h == 24 && (m != 0 || !closing)))
        return {};
    return QStringLiteral("%1:%2").arg(h, 2, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
}

} // namespace

bool OpeningHours::parseDay(const QString& text, Day* day, QString* error)
{
    day->clear();
    const QString trimmed = text.trimmed();
    static const QStringList closedWords = {QStringLiteral("closed"),    QStringLiteral("stängt"),
                                            QStringLiteral("stengt"),    QStringLiteral("slēgts"),
                                            QStringLiteral("zamknięte"), QStringLiteral("nieczynne"),
                                            QStringLiteral("-"),         QStringLiteral("–"),
                                            QStringLiteral("—")};
    if (trimmed.isEmpty() || closedWords.contains(trimmed.toLower()))
        return true;
    static const QRegularExpression interval(
        QStringLiteral("^((\\d{1,2})(?:[:.](\\d{2}))?)\\s*[-–—]\\s*((\\d{1,2})(?:[:.](\\d{2}))?)$"));
    static const QRegularExpression separators(QStringLiteral("[;,/]"));
    Day read;
    for (const QString& part : trimmed.split(separators, Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = interval.match(part.trimmed());
        if (!match.hasMatch()) {
            *error = tr("“%1” is not opening hours (write 09:00-17:00, or 09:00-12:00, 13:00-18:00 for split hours; "
                        "leave it empty when closed)")
                         .arg(part.trimmed());
            return false;
        }
        const QString opens = timeOf(match.captured(2), match.captured(3), false);
        const QString closes = timeOf(match.captured(5), match.captured(6), true);
        if (opens.isEmpty() || closes.isEmpty()) {
            *error = tr("“%1” is not a time of day").arg(match.captured(opens.isEmpty() ? 1 : 4));
            return false;
        }
        if (closes <= opens) {
            *error = tr("%1 is not after %2").arg(closes, opens);
            return false;
        }
        read.append({opens, closes});
    }
    std::sort(read.begin(), read.end(), [](const Interval& a, const Interval& b) { return a.opens < b.opens; });
    for (qsizetype i = 1; i < read.size(); ++i) {
        if (read[i].opens < read[i - 1].closes) {
            *error = tr("%1 overlaps %2").arg(formatDay({read[i]}, Style::Display), formatDay({read[i - 1]}, Style::Display));
            return false;
        }
    }
    *day = read;
    return true;
}

QString OpeningHours::formatDay(const Day& day, Style style)
{
    QStringList parts;
    for (const Interval& interval : day)
        parts << interval.opens + (style == Style::Display ? QStringLiteral("–") : QStringLiteral("-")) + interval.closes;
    return parts.join(style == Style::Display ? QStringLiteral(", ") : QStringLiteral(";"));
}

QString OpeningHours::weekdayName(int weekday)
{
    switch (weekday) {
    case 1: return tr("Monday");
    case 2: return tr("Tuesday");
    case 3: return tr("Wednesday");
    case 4: return tr("Thursday");
    case 5: return tr("Friday");
    case 6: return tr("Saturday");
    case 7: return tr("Sunday");
    }
    return {};
}

QString OpeningHours::weekdayKey(int weekday)
{
    static const char* const keys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    return weekday >= 1 && weekday <= 7 ? QString::fromLatin1(keys[weekday - 1]) : QString();
}
