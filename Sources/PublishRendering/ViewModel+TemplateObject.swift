import PublishCore
import PublishReading
import PublishRules

// Templates look values up by name, resolved to a `TemplateField` when they are compiled, and each
// view model answers from a switch over its stored properties, as a typed `TemplateValue`: no
// reflection, no casts and no string comparisons while rendering. Keep each list equal to the
// type's stored properties (a test compares them with reflection).

extension NoticeViewModel: TemplateFieldObject {
    public func value(of field: TemplateField) -> TemplateValue {
        switch field {
        case .lang: lang.templateValue
        case .title: title.templateValue
        case .titleLines: titleLines.templateValue
        case .issuer: issuer.templateValue
        case .date: date.templateValue
        case .dateISO: dateISO.templateValue
        case .tags: tags.templateValue
        case .opening: BlockViewList(opening).templateValue
        case .sections: BlockViewList(sections).templateValue
        case .closing: closing.templateValue
        case .root: root.templateValue
        case .siteTitle: siteTitle.templateValue
        case .inlineCSS: inlineCSS.templateValue
        case .slug: slug.templateValue
        case .textFile: textFile.templateValue
        case .jsonFile: jsonFile.templateValue
        case .docxFile: docxFile.templateValue
        case .status: status.templateValue
        case .statusLabel: statusLabel.templateValue
        case .infoRows: infoRows.templateValue
        case .hasInfo: hasInfo.templateValue
        case .downloads: downloads.templateValue
        case .hasDownloads: hasDownloads.templateValue
        case .searchURL: searchURL.templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.InfoRowView: TemplateFieldObject {
    public func value(of field: TemplateField) -> TemplateValue {
        switch field {
        case .label: label.templateValue
        case .value: value.templateValue
        case .dateISO: dateISO.templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.DownloadView: TemplateFieldObject {
    public func value(of field: TemplateField) -> TemplateValue {
        switch field {
        case .href: href.templateValue
        case .label: label.templateValue
        case .kind: kind.templateValue
        case .size: size.templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.BlockView: TemplateFieldObject {
    public func value(of field: TemplateField) -> TemplateValue {
        switch field {
        case .isSection: isSection.templateValue
        case .isItem: isItem.templateValue
        case .isHeading: isHeading.templateValue
        case .isRunIn: isRunIn.templateValue
        case .isParagraph: isParagraph.templateValue
        case .isList: isList.templateValue
        case .isQuote: isQuote.templateValue
        case .isCode: isCode.templateValue
        case .isTable: isTable.templateValue
        case .isRawText: isRawText.templateValue
        case .headingTag: headingTag.templateValue
        case .levelClass: levelClass.templateValue
        case .regionLabel: regionLabel.templateValue
        case .role: role.templateValue
        case .id: id.templateValue
        case .ordinal: ordinal.templateValue
        case .leadHTML: leadHTML.templateValue
        case .bodyHTML: bodyHTML.templateValue
        case .text: text.templateValue
        case .children: BlockViewList(children).templateValue
        case .listItems: listItems.templateValue
        case .tableHeader: tableHeader.templateValue
        case .tableRows: tableRows.templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.ListItemView: TemplateFieldObject {
    public func value(of field: TemplateField) -> TemplateValue {
        switch field {
        case .blocks: BlockViewList(blocks).templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.RowView: TemplateFieldObject {
    public func value(of field: TemplateField) -> TemplateValue {
        switch field {
        case .cells: cells.templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.CellView: TemplateFieldObject {
    public func value(of field: TemplateField) -> TemplateValue {
        switch field {
        case .html: html.templateValue
        case .align: align.templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.ClosingView: TemplateFieldObject {
    public func value(of field: TemplateField) -> TemplateValue {
        switch field {
        case .paragraphs: BlockViewList(paragraphs).templateValue
        case .disclosure: disclosure.templateValue
        case .contacts: contacts.templateValue
        case .hasContacts: hasContacts.templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.DisclosureView: TemplateFieldObject {
    public func value(of field: TemplateField) -> TemplateValue {
        switch field {
        case .label: label.templateValue
        case .start: start.templateValue
        case .end: end.templateValue
        case .startISO: startISO.templateValue
        case .endISO: endISO.templateValue
        case .workdays: workdays.templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.ContactView: TemplateFieldObject {
    public func value(of field: TemplateField) -> TemplateValue {
        switch field {
        case .kind: kind.templateValue
        case .label: label.templateValue
        case .value: value.templateValue
        case .href: href.templateValue
        case .hours: hours.templateValue
        case .postcode: postcode.templateValue
        default: .missing
        }
    }
}

extension ListingViewModel: TemplateFieldObject {
    public func value(of field: TemplateField) -> TemplateValue {
        switch field {
        case .heading: heading.templateValue
        case .siteTitle: siteTitle.templateValue
        case .root: root.templateValue
        case .inlineCSS: inlineCSS.templateValue
        case .feedURL: feedURL.templateValue
        case .notices: notices.templateValue
        case .hasNotices: hasNotices.templateValue
        case .issuers: issuers.templateValue
        case .hasIssuers: hasIssuers.templateValue
        case .years: years.templateValue
        case .hasYears: hasYears.templateValue
        case .documentTitle: documentTitle.templateValue
        case .pagination: pagination.templateValue
        case .searchURL: searchURL.templateValue
        case .issuerFeedURL: issuerFeedURL.templateValue
        default: .missing
        }
    }
}

extension ListingViewModel.Pagination: TemplateFieldObject {
    public func value(of field: TemplateField) -> TemplateValue {
        switch field {
        case .number: number.templateValue
        case .count: count.templateValue
        case .previousURL: previousURL.templateValue
        case .nextURL: nextURL.templateValue
        case .pages: pages.templateValue
        default: .missing
        }
    }
}

extension ListingViewModel.PageLink: TemplateFieldObject {
    public func value(of field: TemplateField) -> TemplateValue {
        switch field {
        case .number: number.templateValue
        case .url: url.templateValue
        case .isCurrent: isCurrent.templateValue
        default: .missing
        }
    }
}

extension SearchViewModel: TemplateFieldObject {
    public func value(of field: TemplateField) -> TemplateValue {
        switch field {
        case .siteTitle: siteTitle.templateValue
        case .root: root.templateValue
        case .inlineCSS: inlineCSS.templateValue
        case .searchURL: searchURL.templateValue
        case .documentTitle: documentTitle.templateValue
        default: .missing
        }
    }
}

extension ListingViewModel.Entry: TemplateFieldObject {
    public func value(of field: TemplateField) -> TemplateValue {
        switch field {
        case .title: title.templateValue
        case .issuer: issuer.templateValue
        case .date: date.templateValue
        case .dateISO: dateISO.templateValue
        case .url: url.templateValue
        case .status: status.templateValue
        case .statusLabel: statusLabel.templateValue
        case .isDraft: isDraft.templateValue
        default: .missing
        }
    }
}

extension ListingViewModel.Group: TemplateFieldObject {
    public func value(of field: TemplateField) -> TemplateValue {
        switch field {
        case .name: self.name.templateValue
        case .url: url.templateValue
        case .count: count.templateValue
        default: .missing
        }
    }
}

extension ListingViewModel.YearGroup: TemplateFieldObject {
    public func value(of field: TemplateField) -> TemplateValue {
        switch field {
        case .year: year.templateValue
        case .url: url.templateValue
        case .count: count.templateValue
        default: .missing
        }
    }
}
