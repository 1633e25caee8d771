package th.go.sesaoret.servicedesk.publication.application;

/** A post's file to serve: its name, its content type as checked at upload, its bytes. */
public record PostFileDownload(String name, String contentType, byte[] content) {}
