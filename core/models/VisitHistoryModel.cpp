#include "VisitHistoryModel.h"

#include "DomainLabels.h"

#include <QLocale>

VisitHistoryModel::VisitHistoryModel(Of of, QObject* parent)
    : QAbstractTableModel(parent)
    , m_of(of)
{
}

void VisitHistoryModel::setEntries(const QList<VisitHistory::Entry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int VisitHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int VisitHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VisitHistory::Entry& entry = m_entries[index.row()];
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case DateColumn:
        if (display)
            return entry.date().toString(Qt::ISODate); // as every table of the program shows dates
        if (role == Qt::EditRole)
            return entry.date();
        if (role == Qt::ToolTipRole)
            return entry.visitedOn.isValid() ? tr("Visited on %1").arg(QLocale().toString(entry.visitedOn, QLocale::LongFormat))
                                             : tr("Planned for %1").arg(QLocale().toString(entry.plannedOn, QLocale::LongFormat));
        break;
    case WaveColumn:
        if (display || role == Qt::EditRole)
            return entry.waveCode;
        if (role == Qt::ToolTipRole)
            return entry.waveName;
        break;
    case WhoColumn:
        if (m_of == Of::Shopper) {
            if (display)
                return entry.locationName.isEmpty() ? entry.locationCode : entry.locationCode + QStringLiteral(" · ") + entry.locationName;
            if (role == Qt::EditRole)
                return entry.locationCode;
        } else if (display || role == Qt::EditRole) {
            return entry.shopperCode.isEmpty() && display ? tr("(no shopper)") : entry.shopperCode;
        }
        break;
    case ScenarioColumn:
        if (display || role == Qt::EditRole)
            return entry.scenarioCode;
        break;
    case StatusColumn:
        if (display)
            return entry.current ? DomainLabels::label(DomainLabels::VisitStatus, entry.status)
                                 : tr("Taken off (now %1)").arg(DomainLabels::label(DomainLabels::VisitStatus, entry.status).toLower());
        if (role == Qt::EditRole)
            return entry.status;
        break;
    case ScoreColumn:
        if (display && entry.score)
            return QLocale().toString(*entry.score, 'f', 1);
        if (role == Qt::EditRole && entry.score)
            return *entry.score;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant VisitHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case WaveColumn: return tr("Wave");
    case WhoColumn: return m_of == Of::Shopper ? tr("Location") : tr("Shopper");
    case ScenarioColumn: return tr("Scenario");
    case StatusColumn: return tr("Status");
    case ScoreColumn: return tr("Score");
    default: return {};
    }
}
