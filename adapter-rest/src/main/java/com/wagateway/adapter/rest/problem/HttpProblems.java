package com.wagateway.adapter.rest.problem;

/** Problem codes and texts for the HTTP-level refusals the framework raises itself. */
final class HttpProblems {
  private HttpProblems() {}

  static ProblemCode codeFor(int status) {
    return switch (status) {
      case 401 -> ProblemCode.UNAUTHENTICATED;
      case 403 -> ProblemCode.FORBIDDEN;
      case 404 -> ProblemCode.NOT_FOUND;
      case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
      case 406 -> ProblemCode.NOT_ACCEPTABLE;
      case 413 -> ProblemCode.PAYLOAD_TOO_LARGE;
      case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
      default -> ProblemCode.VALIDATION_FAILED;
    };
  }

  static String detailFor(ProblemCode code) {
    return switch (code) {
      case NOT_FOUND -> "No resource at this path; see /q/swagger-ui for the API";
      case METHOD_NOT_ALLOWED -> "This path does not accept that HTTP method";
      case NOT_ACCEPTABLE -> "This resource cannot be represented in the requested media type";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json";
      case PAYLOAD_TOO_LARGE -> "The request body is larger than the gateway accepts";
      case UNAUTHENTICATED -> "Send the API key as 'Authorization: Bearer <key>'";
      case FORBIDDEN -> "This API key does not give access here";
      default -> "The request could not be understood";
    };
  }
}
