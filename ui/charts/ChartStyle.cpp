#include "ChartStyle.h"

#include "analysis/ChartData.h"
#include "programme/ProgrammeSettings.h"


ChartStyle ChartStyle::fromProgramme(const QSqlDatabase& db, const QString& language)
{
    ChartStyle style;
    style.locale = QLocale(language.isEmpty() ? QStringLiteral("en") : language);
    if (style.locale.language() == QLocale::C || style.locale.language() == QLocale::English)
        style.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    style.locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QString error;
    if (const auto settings = ProgrammeSettings::read(db, &error)) {
        for (const QString& colour : settings->colours)
            style.palette << QColor(colour);
        if (!settings->chartFont.isEmpty())
            style.fontFamily = settings->chartFont;
        if (!settings->logo.isEmpty())
            style.logo.loadFromData(settings->logo);
    }
    if (style.palette.isEmpty())
        style.palette = { QColor(0x0A, 0x4D, 0x8C), QColor(0xE3, 0x8B, 0x2C), QColor(0x3A, 0x9D, 0x5D),
                          QColor(0x8E, 0x44, 0xAD), QColor(0x7F, 0x8C, 0x8D), QColor(0xC0, 0x39, 0x2B) };
    return style;
}

QColor ChartStyle::seriesColour(int index) const
{
    return palette.value(index % int(palette.size()), QColor(Qt::darkGray));
}

QColor ChartStyle::bandColour(const ChartData& chart, double value) const
{
    const int band = chart.bandOf(value);
    return band < 0 ? seriesColour(0) : QColor(chart.bands[size_t(band)].colour);
}

QFont ChartStyle::font(double pixelSize, bool bold) const
{
    QFont font(fontFamily);
    font.setPixelSize(std::max(1, int(pixelSize + 0.5)));
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

QString ChartStyle::number(double value, int decimals) const
{
    return locale.toString(value, 'f', decimals);
}
