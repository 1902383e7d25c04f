package io.tierdesk.identity.web;

import java.net.URI;
import java.util.List;

import io.tierdesk.identity.ApiTokens;
import io.tierdesk.identity.Caller;
import io.tierdesk.identity.Passwords;
import io.tierdesk.identity.Passwords.IssuedPassword;
import io.tierdesk.identity.SignIns;
import io.tierdesk.identity.Users;
import io.tierdesk.identity.UserViews.MintedToken;
import io.tierdesk.identity.UserViews.NewToken;
import io.tierdesk.identity.UserViews.NewUser;
import io.tierdesk.identity.UserViews.TokenView;
import io.tierdesk.identity.UserViews.UserChange;
import io.tierdesk.identity.UserViews.UserView;
import io.tierdesk.platform.PageOf;
import io.tierdesk.platform.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users", description = "Users, their roles and API tokens")
class UsersApi {

	private final Users users;

	private final ApiTokens tokens;

	private final SignIns signIns;

	private final Passwords passwords;

	UsersApi(Users users, ApiTokens tokens, SignIns signIns, Passwords passwords) {
		this.users = users;
		this.tokens = tokens;
		this.signIns = signIns;
		this.passwords = passwords;
	}

	@PostMapping("/users")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createUser", summary = "Create a user (admin)")
	ResponseEntity<UserView> create(@Valid @RequestBody NewUser command, Caller caller) {
		UserView created = users.create(command, caller);
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
	}

	@GetMapping("/users")
	@Operation(operationId = "searchUsers", summary = "Find users by name or email (staff)")
	PageOf<UserView> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "false") boolean staffOnly,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, Caller caller) {
		PageQuery paging = PageQuery.of(page, size, null, java.util.Set.of("name"), "name");
		return users.search(q, staffOnly, paging.page(), paging.size(), caller);
	}

	@GetMapping("/users/{id}")
	@Operation(operationId = "getUser", summary = "One user (admin, or yourself)")
	UserView get(@PathVariable long id, Caller caller) {
		return users.get(id, caller);
	}

	@PatchMapping("/users/{id}")
	@Operation(operationId = "changeUser", summary = "Change name, role, organisation or active state (admin)")
	UserView change(@PathVariable long id, @Valid @RequestBody UserChange change, Caller caller) {
		return users.change(id, change, caller);
	}

	@PostMapping("/users/{id}/unlock")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "unlockSignIn",
			summary = "Lift the pause failed sign-ins put on this account and forget them (admin)")
	void unlock(@PathVariable long id, Caller caller) {
		signIns.unlock(id, caller);
	}

	@PostMapping("/users/{id}/password")
	@Operation(operationId = "issuePassword",
			summary = "Give the user a generated password (admin): a reset, or first portal access; "
					+ "the password is in this response only")
	IssuedPassword issuePassword(@PathVariable long id, Caller caller) {
		return passwords.issue(id, caller);
	}

	@PostMapping("/users/{id}/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "mintToken", summary = "Mint an API token (admin); the secret is in this response only")
	MintedToken mint(@PathVariable long id, @Valid @RequestBody NewToken command, Caller caller) {
		return tokens.mint(id, command, caller);
	}

	@GetMapping("/users/{id}/tokens")
	@Operation(operationId = "listTokens", summary = "A user's tokens, without secrets")
	List<TokenView> tokens(@PathVariable long id, Caller caller) {
		return tokens.of(id, caller);
	}

	@DeleteMapping("/tokens/{tokenId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "revokeToken", summary = "Revoke a token (admin, or its owner)")
	void revoke(@PathVariable long tokenId, Caller caller) {
		tokens.revoke(tokenId, caller);
	}

}
