/** The public ITA statistics' addresses ({@code /ita}, {@code /ita/2569}, ...) and page. */
package th.go.sesaoret.servicedesk.ita.web;
