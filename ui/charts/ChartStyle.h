#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QPixmap>
#include <QSqlDatabase>
#include <QString>

struct ChartData;

// How the programme's charts look: the client's palette, the font, the logo and the locale
// of the report language (decimal comma in Latvian and Polish). Sizes are in pixels of the
// chart's logical size, so a chart exported at 300 dpi has the proportions of the screen's.
struct ChartStyle
{
    QList<QColor> palette;
    // The programme's chart font; DejaVu Sans by default, which Debian ships everywhere, so a chart
    // has the same shapes on every machine (a font that is missing is substituted by Qt).
    QString fontFamily = QStringLiteral("DejaVu Sans");
    QLocale locale;
    QPixmap logo; // the client's, top right of every chart and pack page; none when the programme has none
    QColor text = QColor(0x22, 0x22, 0x22);
    QColor muted = QColor(0x6B, 0x6B, 0x6B);
    QColor smallBase = QColor(0xB5, 0xB5, 0xB5);
    QColor grid = QColor(0xE2, 0xE2, 0xE2);
    QColor targetLine = QColor(0x22, 0x22, 0x22);

    // The style of the programme in db; the defaults where it has no palette.
    static ChartStyle fromProgramme(const QSqlDatabase& db, const QString& language);

    QColor seriesColour(int index) const;
    // The traffic-light colour of a value by the chart's score bands, the first palette colour without bands.
    QColor bandColour(const ChartData& chart, double value) const;
    QFont font(double pixelSize, bool bold = false) const;
    QString number(double value, int decimals = 1) const;
};
