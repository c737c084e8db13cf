#include "QuestionnaireTreeModel.h"

#include "DomainLabels.h"

#include <QMimeData>

#include <functional>

namespace {
const QString kMimeType = QStringLiteral("application/x-shopscope-questionnaire-item");
}

QuestionnaireTreeModel::QuestionnaireTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void QuestionnaireTreeModel::setQuestionnaire(const Questionnaire& questionnaire)
{
    beginResetModel();
    m_questionnaire = questionnaire;
    if (m_language.isEmpty() || !m_questionnaire.languages.contains(m_language))
        m_language = m_questionnaire.sourceLanguage;
    rebuild();
    endResetModel();
}

void QuestionnaireTreeModel::setLanguage(const QString& language)
{
    beginResetModel();
    m_language = language;
    endResetModel();
}

void QuestionnaireTreeModel::rebuild()
{
    m_nodes.clear();
    m_top.clear();
    // Nodes point into m_questionnaire, which stays unchanged until the next rebuild.
    std::function<int(const Section&, int, int)> addSection = [&](const Section& section, int parent, int row) {
        const int index = int(m_nodes.size());
        m_nodes.push_back({SectionItem, section.code, parent, row, &section, nullptr, {}});
        int childRow = 0;
        for (const Question& question : section.questions) {
            const int child = int(m_nodes.size());
            m_nodes.push_back({QuestionItem, question.code, index, childRow++, nullptr, &question, {}});
            m_nodes[size_t(index)].children.push_back(child);
        }
        for (const Section& sub : section.sections) {
            const int child = addSection(sub, index, childRow++);
            m_nodes[size_t(index)].children.push_back(child);
        }
        return index;
    };
    int row = 0;
    for (const Section& section : m_questionnaire.sections)
        m_top.push_back(addSection(section, -1, row++));
}

QString QuestionnaireTreeModel::text(const LocalizedText& texts) const
{
    const QString value = texts.value(m_language);
    return value.isEmpty() ? texts.value(m_questionnaire.sourceLanguage) : value;
}

QModelIndex QuestionnaireTreeModel::indexOf(const QString& code) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].code == code)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

QModelIndex QuestionnaireTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int>& siblings = parent.isValid() ? m_nodes[size_t(parent.internalId())].children : m_top;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (size_t(row) >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings[size_t(row)]));
}

QModelIndex QuestionnaireTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes[size_t(child.internalId())].parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes[size_t(parent)].row, 0, quintptr(parent));
}

int QuestionnaireTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[size_t(parent.internalId())].children.size());
}

int QuestionnaireTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant QuestionnaireTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node& node = m_nodes[size_t(index.internalId())];
    if (role == CodeRole)
        return node.code;
    if (role == KindRole)
        return node.kind;
    if (role == Qt::ToolTipRole && node.kind == QuestionItem)
        return text(node.question->help);
    if (role != Qt::DisplayRole)
        return {};
    if (node.kind == SectionItem) {
        switch (index.column()) {
        case TitleColumn:
            return QStringLiteral("%1  %2").arg(node.code, text(node.section->title));
        case ScoringColumn:
            return node.section->weight ? tr("weight %1").arg(*node.section->weight) : QVariant();
        default:
            return {};
        }
    }
    const Question& question = *node.question;
    switch (index.column()) {
    case TitleColumn:
        return QStringLiteral("%1  %2").arg(node.code, text(question.text));
    case TypeColumn:
        return DomainLabels::label(DomainLabels::QuestionType, QuestionTypes::code(question.type));
    case ScoringColumn: {
        if (!question.scored)
            return tr("unscored");
        QStringList parts{tr("× %1").arg(question.weight)};
        if (question.critical == Critical::Section)
            parts << tr("critical (section)");
        else if (question.critical == Critical::Visit)
            parts << tr("critical (visit)");
        if (question.bonus)
            parts << tr("bonus");
        if (question.showIf)
            parts << tr("conditional");
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant QuestionnaireTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Section / question");
    case TypeColumn: return tr("Type");
    case ScoringColumn: return tr("Scoring");
    default: return {};
    }
}

Qt::ItemFlags QuestionnaireTreeModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (!m_editable)
        return flags;
    if (!index.isValid())
        return flags | Qt::ItemIsDropEnabled;
    const Node& node = m_nodes[size_t(index.internalId())];
    flags |= Qt::ItemIsDragEnabled;
    if (node.kind == SectionItem)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList QuestionnaireTreeModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData* QuestionnaireTreeModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    const Node& node = m_nodes[size_t(indexes.first().internalId())];
    mime->setData(kMimeType, (node.kind == SectionItem ? QByteArray("section:") : QByteArray("question:")) + node.code.toUtf8());
    return mime;
}

bool QuestionnaireTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                             const QModelIndex& parent) const
{
    if (!m_editable || action != Qt::MoveAction || !data->hasFormat(kMimeType))
        return false;
    const QByteArray payload = data->data(kMimeType);
    if (payload.startsWith("question:"))
        return parent.isValid() && m_nodes[size_t(parent.internalId())].kind == SectionItem;
    // Sections move among their siblings: top-level sections at the top level.
    return payload.startsWith("section:") && !parent.isValid();
}

bool QuestionnaireTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                          const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QByteArray payload = data->data(kMimeType);
    const QString code = QString::fromUtf8(payload.mid(payload.indexOf(':') + 1));
    if (payload.startsWith("question:")) {
        const QString section = m_nodes[size_t(parent.internalId())].code;
        const int questions = int(m_nodes[size_t(parent.internalId())].section->questions.size());
        emit questionMoveRequested(code, section, row < 0 ? questions : std::min(row, questions));
    } else {
        emit sectionMoveRequested(code, row < 0 ? int(m_top.size()) : row);
    }
    // The designer sets the moved questionnaire; the view must not remove the dragged row itself.
    return false;
}
