#include "QcFlag.h"

#include <array>

namespace {
constexpr std::array<const char*, QcFlag::KindCount> codes = {"duration",     "outside_wave", "outside_hours",
                                                              "duplicate",    "too_close",    "all_yes",
                                                              "mostly_na",    "missing_comment", "out_of_range"};
} // namespace

QString QcFlag::code(Kind kind)
{
    return QString::fromLatin1(codes[size_t(kind)]);
}

int QcFlag::kindOf(const QString& code)
{
    for (int kind = 0; kind < KindCount; ++kind)
        if (code == QLatin1String(codes[size_t(kind)]))
            return kind;
    return -1;
}

QString QcFlag::label(Kind kind)
{
    switch (kind) {
    case Duration:
        return tr("implausible duration");
    case OutsideWave:
        return tr("outside the wave's dates");
    case OutsideHours:
        return tr("outside opening hours");
    case Duplicate:
        return tr("answers copied");
    case TooClose:
        return tr("visits too close together");
    case AllYes:
        return tr("every standard met");
    case MostlyNa:
        return tr("mostly N/A");
    case MissingComment:
        return tr("required comment missing");
    case OutOfRange:
        return tr("number out of range");
    case KindCount:
        break;
    }
    return {};
}
