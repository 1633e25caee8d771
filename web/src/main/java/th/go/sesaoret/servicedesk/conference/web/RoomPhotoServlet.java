package th.go.sesaoret.servicedesk.conference.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import th.go.sesaoret.servicedesk.conference.application.RoomDisplays;
import th.go.sesaoret.servicedesk.conference.application.RoomDisplays.Photo;

/**
 * A room's photo: {@code /conference/room-photo?id=N}, with the content type its bytes were checked
 * to be at upload (a JPEG, PNG or WebP that decodes). A room without a photo and an unknown id give
 * the same 404. Kept by the browser for five minutes.
 */
@WebServlet("/conference/room-photo")
public class RoomPhotoServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private RoomDisplays displays;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setHeader("X-Content-Type-Options", "nosniff");
    String id = req.getParameter("id");
    Optional<Photo> photo =
        id != null && id.matches("[0-9]{1,12}")
            ? displays.photo(Long.parseLong(id))
            : Optional.empty();
    if (photo.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    resp.setContentType(photo.get().contentType());
    resp.setHeader("Cache-Control", "private, max-age=300");
    resp.setHeader("Content-Disposition", "inline; filename=\"room-" + id + "\"");
    resp.setContentLength(photo.get().content().length);
    resp.getOutputStream().write(photo.get().content());
  }
}
